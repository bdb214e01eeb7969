package org.autoheal.recover;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupException;
import org.autoheal.backup.BackupStore;
import org.autoheal.backup.RollbackPolicy;
import org.autoheal.backup.RollbackResult;
import org.autoheal.config.ConfigException;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.state.HomeLock;

/**
 * Restores every file an incident backed up, byte-identical, and journals it. Each path the backup
 * names is checked against today's roots first; a file is restored only while it still holds what
 * the heal wrote, unless forced (then its current content is kept in the incident's backup folder
 * first). Takes the home lock and first recovers incidents a killed AutoHeal left unfinished.
 */
public final class IncidentRollback {
    /** The incident id that names the newest incident with backups. */
    public static final String LAST = "last";
    private final HomeConfig config;
    private final BackupStore store;
    private final Journal journal;

    public IncidentRollback(HomeConfig config) {
        this.config = config;
        this.store = HomeGuard.store(config);
        this.journal = HomeGuard.journal(config);
    }

    /**
     * Rolls back {@code incident} (or {@link #LAST}). A bad or unknown id, or an incident without
     * backups, is a ConfigException (nothing changed); another AutoHeal holding the home is a
     * HomeLockedException; a manifest that fails its checks is a RollbackRefusedException.
     *
     * @param say  recovery's lines
     * @param note a note that a dead process's lock was taken over
     */
    public RollbackReport run(String incident, boolean force, Consumer<String> say, Consumer<String> note) throws IOException {
        String id = incident.equals(LAST) ? last() : incident;
        try {
            BackupStore.checkIncidentId(id);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("not an incident id: " + e.getMessage());
        }
        boolean hasBackups = Files.exists(store.folder(id).resolve("manifest.json"));
        if (!hasBackups && !journaled(id)) {
            throw new ConfigException("no such incident " + id + " in " + config.home().show(journal.file())
                    + "; `autoheal history` lists the incidents");
        }
        if (!hasBackups) {
            throw new ConfigException("incident " + id + " has no backups in " + config.home().show(store.folder(id)));
        }
        RollbackResult result;
        int recorded;
        try (HomeLock lock = HomeGuard.lock(config, "rollback " + id, note)) {
            HomeGuard.recover(config, say);
            Backup backup;
            try {
                backup = store.load(id);
            } catch (BackupException e) {
                throw new RollbackRefusedException("rollback refused: " + e.getMessage(), e);
            }
            recorded = backup.entries().size();
            result = backup.restore(force ? RollbackPolicy.KEEP_COPIES : RollbackPolicy.CHECKED);
            if (!result.restored().isEmpty() || !result.keptFolders().isEmpty()) {
                journal.append(new JournalRecord.Rollback(id, Instant.now().toString(), result.restored().size(),
                        result.refused().size(), force, result.keptFolders().stream().map(config.home()::show).toList()));
            }
        }
        return new RollbackReport(id, recorded, result.restored(), result.removed(), result.kept(), result.keptFolders(),
                result.refused(), InstallNote.of(journal.recordsMatching(id), id));
    }

    /** {@code rollback last}: the newest journaled incident that has backups (as {@code why last} is the newest incident). */
    private String last() {
        List<JournalRecord> records = journal.records();
        for (int i = records.size() - 1; i >= 0; i--) {
            String id = incidentId(records.get(i));
            if (id == null || id.isEmpty()) continue;
            try {
                BackupStore.checkIncidentId(id);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Files.exists(store.folder(id).resolve("manifest.json"))) return id;
        }
        throw new ConfigException("rollback last: no incident with backups in " + journal.file().getFileName()
                + "; `autoheal history` lists the incidents");
    }

    /** True when the journal has the incident's opening or final record. */
    private boolean journaled(String id) {
        return journal.recordsMatching(id).stream().anyMatch(r -> id.equals(incidentId(r)));
    }

    /** The id of an incident's opening or final record; null for other records. */
    private static String incidentId(JournalRecord r) {
        if (r instanceof JournalRecord.Incident i) return i.id();
        if (r instanceof JournalRecord.IncidentOpen o) return o.id();
        return null;
    }
}
