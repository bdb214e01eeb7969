package org.autoheal.flap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import org.autoheal.backup.AtomicFiles;
import org.autoheal.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code state/flapping.json}, read and written under a lock on every change, so a
 * {@code health --reset} in one process is not overwritten by a watch daemon holding an older
 * copy. Writes are atomic; a corrupt file is a warning and a fresh state, never a failure.
 */
final class FlapStore {
    private static final Logger LOG = LoggerFactory.getLogger(FlapStore.class);
    private static final long MAX_BYTES = 4L << 20;
    private static final Object JVM_LOCK = new Object(); // FileLock excludes processes, not threads
    private final Path file;

    FlapStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /** Reads without locking, for reports. */
    FlapState read() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) { // AutoHeal keeps it small (the window prunes it): not ours
                LOG.warn("{} is larger than {} bytes, which AutoHeal never writes; flapping control starts from a fresh state",
                        file, MAX_BYTES);
                return new FlapState();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new FlapState();
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}; flapping control starts from a fresh state", file, e.getMessage());
            return new FlapState();
        }
        try {
            return FlapStateJson.read(Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            LOG.warn("{}{}: corrupt flapping state ({}); starting from a fresh state", file,
                    loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr(), e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: corrupt flapping state ({}); starting from a fresh state", file, e.getMessage());
        }
        return new FlapState();
    }

    /** Applies {@code change} to the current state under the lock and saves the result. */
    <R> R update(Function<FlapState, R> change) {
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(file.getParent());
                Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
                try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = ch.lock()) {
                    FlapState state = read();
                    String before = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(FlapStateJson.write(state)) + "\n";
                    R result = change.apply(state);
                    state.tools.values().removeIf(FlapState.Tool::isEmpty);
                    String after = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(FlapStateJson.write(state)) + "\n";
                    // the watch daemon reports "healthy" every round: write (and fsync) only what changed
                    if (!after.equals(before)) AtomicFiles.write(file, after.getBytes(StandardCharsets.UTF_8));
                    return result;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the flapping state " + file + ": " + e.getMessage()
                        + "; check that state/ is writable", e);
            }
        }
    }
}
