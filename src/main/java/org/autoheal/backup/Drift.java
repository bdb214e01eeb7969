package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which recorded paths no longer look the way the backup says they were: content or mode
 * changed, a copied file gone, a created path present. Recovery rolls back exactly these.
 */
final class Drift {
    private Drift() {
    }

    static List<BackupEntry> of(List<BackupEntry> entries) {
        List<BackupEntry> changed = new ArrayList<>();
        for (BackupEntry e : entries) {
            if (differs(e)) changed.add(e);
        }
        return changed;
    }

    private static boolean differs(BackupEntry e) {
        Path path = Path.of(e.path());
        try {
            if (e.created()) return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return true;
            if (AtomicFiles.mode(path) != AtomicFiles.parseOctal(e.mode())) return true;
            if (e.modeOnly()) return false; // only the mode was to change
            return Files.size(path) != e.size() || !Backup.sha256(Files.readAllBytes(path)).equals(e.sha256());
        } catch (IOException | RuntimeException ex) {
            return true; // unreadable now: let the restore try, and report if it cannot
        }
    }
}
