package org.autoheal.recover;

import java.util.function.Consumer;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;
import org.autoheal.state.HomeLock;

/**
 * What everything that changes a home does first: take the home lock (a second AutoHeal gets
 * {@link org.autoheal.state.HomeLockedException}), then recover the incidents a killed AutoHeal
 * left unfinished. Also the home's journal and backup store as its config sets them up.
 */
public final class HomeGuard {
    private HomeGuard() {
    }

    /** Takes the lock; a lock left by a process that died is taken over, and {@code note} hears of it. */
    public static HomeLock lock(HomeConfig config, String command, Consumer<String> note) {
        HomeLock lock = HomeLock.acquire(config.home(), command);
        lock.previous().ifPresent(p -> note.accept("note: took over the home lock of " + p.describe()
                + ", which ended without releasing it"));
        return lock;
    }

    /** Call with the lock held; {@code say} hears what was recovered. */
    public static void recover(HomeConfig config, Consumer<String> say) {
        new Recovery(config, journal(config), store(config)).run(say);
    }

    /** Without the lock nothing is recovered (dry run): only say what the next repair will recover. */
    public static void mention(HomeConfig config, Consumer<String> say) {
        for (Unfinished u : Unfinished.among(journal(config).records())) {
            say.accept("note: incident " + u.id() + " [" + u.tool() + "] was interrupted; the next repair or rollback recovers it");
        }
    }

    public static Journal journal(HomeConfig config) {
        return new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes());
    }

    public static BackupStore store(HomeConfig config) {
        return new BackupStore(config.home().root(), config.settings().limits().maxBackupBytes(), config.rootsByTool());
    }
}
