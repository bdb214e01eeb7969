package org.autoheal.recover;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link IncidentRollback} did: each backed-up path appears once, restored (or removed),
 * kept or refused.
 *
 * @param recorded    how many entries the incident's backup has
 * @param restored    paths put back (restored, re-moded or removed)
 * @param removed     those of {@code restored} that the heal had created, so rollback removed them
 * @param kept        copies of current content kept before it was replaced ({@code --force})
 * @param keptFolders folders the heal created that now hold files it did not record: left in place
 * @param refused     one line per entry left alone: the path and why
 * @param installNote set when the incident installed a module, which a rollback does not uninstall
 */
public record RollbackReport(String incident, int recorded, List<Path> restored, List<Path> removed, List<Path> kept,
                             List<Path> keptFolders, List<String> refused, Optional<String> installNote) {
    public RollbackReport {
        restored = List.copyOf(restored);
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        keptFolders = List.copyOf(keptFolders);
        refused = List.copyOf(refused);
    }

    /** Nothing to do: every backed-up path already matched its backup. */
    public boolean alreadyRolledBack() {
        return restored.isEmpty() && refused.isEmpty() && keptFolders.isEmpty();
    }

    /** True when something was put back or kept, so the rollback was journaled. */
    public boolean changed() {
        return !restored.isEmpty() || !keptFolders.isEmpty();
    }
}
