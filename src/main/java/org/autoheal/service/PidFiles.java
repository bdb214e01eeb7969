package org.autoheal.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.autoheal.config.Service;

/** Pid files in {@code <home>/state/services/}, written atomically (temp file + rename). */
final class PidFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PidFiles.class);
    private static final long MAX_SIZE = 64 * 1024;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path dir;

    PidFiles(Path dir) {
        this.dir = dir;
    }

    Path path(String name) {
        return dir.resolve(Service.requireValidName(name) + ".pid");
    }

    /** The record, or empty when there is none or it is unreadable (a corrupt pid file is logged and ignored). */
    Optional<PidRecord> read(String name) {
        Path file = path(name);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            if (Files.size(file) > MAX_SIZE) throw new IOException("larger than " + MAX_SIZE + " bytes");
            return Optional.of(json.readValue(file.toFile(), PidRecord.class));
        } catch (IOException e) {
            LOG.warn("ignoring unreadable pid file {}: {}", file, Texts.clip(e.getMessage(), 200));
            return Optional.empty();
        }
    }

    void write(PidRecord record) {
        Path file = path(record.name());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + record.name() + ".pid.", ".tmp");
            try {
                json.writeValue(tmp.toFile(), record);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ServiceException("cannot write pid file " + file + " for service '" + record.name()
                    + "' (pid " + record.pid() + "): " + e.getMessage() + "; check that " + dir + " is writable", e);
        }
    }

    void delete(String name) {
        Path file = path(name);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ServiceException("cannot remove pid file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
