package org.autoheal.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What a rollback did.
 *
 * @param restored paths put back (restored, re-moded or removed)
 * @param kept     copies of content that was neither the original nor the heal's, kept before it was replaced
 * @param refused  one line per entry left alone: the path and why
 * @param removed  those of {@code restored} that the heal had created, so rollback removed them
 * @param keptFolders folders the heal created that now hold files it did not record: left in place
 */
public record RollbackResult(List<Path> restored, List<Path> kept, List<String> refused, List<Path> removed,
                             List<Path> keptFolders) {

    public RollbackResult(List<Path> restored, List<Path> kept, List<String> refused) {
        this(restored, kept, refused, List.of(), List.of());
    }

    /** The refusals as one exception, for callers that must not go on. */
    BackupException failure(Path folder) {
        return new BackupException("rollback from " + folder + " refused or failed for " + refused.size()
                + " path(s); the copies are listed in " + folder.resolve(ManifestFile.NAME) + ":\n  "
                + String.join("\n  ", refused));
    }
}
