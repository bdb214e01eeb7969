package org.autoheal.strategy.pip;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.autoheal.backup.AtomicFiles;
import org.autoheal.explain.Json;
import org.autoheal.service.PidRecord;

/**
 * Content of {@code state/pip.json}: the last pip install AutoHeal started in a home. It is
 * written when pip starts and again when it ends, so an AutoHeal that starts after a crash can
 * wait for a pip that is still running and check what it left ({@code recover.Recovery}).
 * One file is enough: heals of one home never run at the same time (the home lock).
 * Read back, it is only a claim: recovery checks it against today's config ({@code recover.TrustedPip})
 * and never runs the interpreter or command it names.
 *
 * @param process      the pip process (pid, start time against pid reuse, argv, workdir, log and offset)
 * @param tool         the toolchain being healed
 * @param importName   the module that must import afterwards (validated before pip ran)
 * @param distribution what pip installs
 * @param deadline     when AutoHeal would have killed pip (limits.pip_timeout after the start)
 * @param exit         pip's exit code; null while it runs, or when AutoHeal died before it ended
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipRecord(PidRecord process, String tool, String importName, String distribution, String deadline,
                        Integer exit) {
    private static final long MAX_SIZE = 64 * 1024;

    public static Path file(Path stateDir) {
        return stateDir.resolve("pip.json");
    }

    /** The record, or empty when there is none or it cannot be read (a crash mid-write leaves only a temp). */
    public static Optional<PipRecord> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SIZE) return Optional.empty();
            return Optional.ofNullable(Json.MAPPER.readValue(file.toFile(), PipRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(this));
    }

    PipRecord ended(int exitCode) {
        return new PipRecord(process, tool, importName, distribution, deadline, exitCode);
    }

}
