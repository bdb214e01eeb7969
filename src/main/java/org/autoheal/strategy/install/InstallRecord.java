package org.autoheal.strategy.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.autoheal.backup.AtomicFiles;
import org.autoheal.json.Json;
import org.autoheal.service.PidRecord;

/**
 * What {@code state/pip.json} and {@code state/npm.json} have in common: the detached installer
 * AutoHeal started, written when it starts and again when it ends, so an AutoHeal started after a
 * crash can wait for it ({@code recover.InstallRecovery}). Read back it is only a claim: recovery
 * checks it against today's config and never runs the command it names.
 */
public interface InstallRecord {
    long MAX_SIZE = 64 * 1024;

    /** The process (pid, start time against pid reuse, argv, folder, log and offset). */
    PidRecord process();

    /** The toolchain being healed. */
    String tool();

    /** When AutoHeal would have killed the installer (limits.pip_timeout after the start). */
    String deadline();

    /** The installer's exit code; null while it runs, or when AutoHeal died before it ended. */
    Integer exit();

    /** This record with the exit code of the installer, which has ended. */
    InstallRecord ended(int exitCode);

    default void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(this));
    }

    /** The record, or empty when there is none or it cannot be read (a crash mid-write leaves only a temp). */
    static <R extends InstallRecord> Optional<R> read(Path file, Class<R> type) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SIZE) return Optional.empty();
            return Optional.ofNullable(Json.MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
