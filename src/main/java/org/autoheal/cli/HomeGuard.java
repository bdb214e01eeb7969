package org.autoheal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;
import org.autoheal.recover.Recovered;
import org.autoheal.recover.Recovery;
import org.autoheal.recover.Unfinished;
import org.autoheal.state.HomeLock;

/**
 * What {@code repair} and {@code rollback} do before they change anything: take the home lock
 * (a second AutoHeal gets {@link org.autoheal.state.HomeLockedException}, exit 1), then recover
 * the incidents a killed AutoHeal left unfinished.
 */
final class HomeGuard {
    private HomeGuard() {
    }

    static HomeLock lock(HomeConfig config, String command, PrintWriter err) {
        HomeLock lock = HomeLock.acquire(config.home(), command);
        lock.previous().ifPresent(p -> {
            err.println("autoheal: note: took over the home lock of " + p.describe() + ", which ended without releasing it");
            err.flush();
        });
        return lock;
    }

    /** Call with the lock held. */
    static List<Recovered> recover(HomeConfig config, Consumer<String> say) {
        return new Recovery(config, journal(config), store(config)).run(say);
    }

    /** Without the lock nothing is recovered (dry run): only say what the next repair will recover. */
    static void mention(HomeConfig config, Consumer<String> say) {
        for (Unfinished u : Unfinished.among(journal(config).records())) {
            say.accept("note: incident " + u.id() + " [" + u.tool() + "] was interrupted; the next repair or rollback recovers it");
        }
    }

    static Journal journal(HomeConfig config) {
        return new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes());
    }

    static BackupStore store(HomeConfig config) {
        return new BackupStore(config.home().root(), config.settings().limits().maxBackupBytes(), config.rootsByTool());
    }
}
