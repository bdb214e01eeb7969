package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores the entries of a backup, newest first (so files created inside a created folder go
 * before the folder). Each copy is checked against its recorded checksum before it is written
 * back, and the restored file is checked again afterwards.
 */
final class Rollback {

    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);

    private final Path folder;

    Rollback(Path folder) {
        this.folder = folder;
    }

    List<Path> restore(List<BackupEntry> entries) throws BackupException {
        List<Path> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            BackupEntry entry = entries.get(i);
            Path path = Path.of(entry.path());
            try {
                if (entry.created()) {
                    removeCreated(path, done);
                } else if (entry.modeOnly()) {
                    AtomicFiles.setMode(path, AtomicFiles.parseOctal(entry.mode()));
                    done.add(path);
                } else {
                    restoreCopy(entry, path);
                    done.add(path);
                }
            } catch (IOException | RuntimeException e) {
                failures.add(path + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new BackupException("rollback from " + folder + " failed for " + failures.size()
                    + " file(s); restore them by hand from the copies listed in " + folder.resolve(ManifestFile.NAME)
                    + ":\n  " + String.join("\n  ", failures));
        }
        return done;
    }

    private void restoreCopy(BackupEntry entry, Path path) throws IOException {
        Path copy = folder.resolve(entry.copy());
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new BackupException("the backup copy " + copy + " is missing");
        }
        byte[] bytes = Files.readAllBytes(copy);
        if (!Backup.sha256(bytes).equals(entry.sha256())) {
            throw new BackupException("the backup copy " + copy + " does not match its recorded sha256; not restored");
        }
        int mode = AtomicFiles.parseOctal(entry.mode());
        if (!alreadyRestored(path, entry, mode)) {
            Files.createDirectories(path.getParent());
            AtomicFiles.write(path, bytes);
            AtomicFiles.setMode(path, mode);
        }
        if (!Backup.sha256(Files.readAllBytes(path)).equals(entry.sha256())) {
            throw new BackupException("content after restore does not match the recorded sha256");
        }
    }

    /** An unchanged file is left alone, so rolling back twice changes nothing the second time. */
    private static boolean alreadyRestored(Path path, BackupEntry entry, int mode) throws IOException {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                && Files.size(path) == entry.size()
                && AtomicFiles.mode(path) == mode
                && Backup.sha256(Files.readAllBytes(path)).equals(entry.sha256());
    }

    private static void removeCreated(Path path, List<Path> done) throws IOException {
        try {
            if (Files.deleteIfExists(path)) {
                done.add(path);
            }
        } catch (DirectoryNotEmptyException e) {
            // said once by whoever called (rollback lists it as kept): info here, not a second warning
            LOG.info("kept folder {} that the heal created: it now holds files the heal did not record", path);
        }
    }
}
