package org.autoheal.reload;

import java.nio.file.Path;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.autoheal.config.Home;
import org.autoheal.engine.CompiledRules;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleSources;
import org.autoheal.engine.StartLog;

/**
 * Loading the rules (a third of a second from the rules cache, seconds to compile) needs only the
 * home folder, so a one-shot CLI command starts it on a second core before it parses its
 * arguments, sets up logging and reads the config; the first {@link SnapshotLoader#load()} of that
 * home takes the result instead of loading the rules again. Hot reloads never use a preload.
 */
public final class RulePreload {
    private record Pending(Path root, FutureTask<CompiledRules> task) {
    }

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    private RulePreload() {
    }

    /** Starts loading the rules of the home at {@code root} on a daemon thread. */
    public static void start(Path root) {
        Path home = root.toAbsolutePath().normalize();
        PENDING.set(new Pending(home, begin(home)));
    }

    /** The preload for this home, once; null when none was started for it. */
    static FutureTask<CompiledRules> take(Path root) {
        Pending p = PENDING.get();
        if (p == null || !p.root().equals(root.toAbsolutePath().normalize()) || !PENDING.compareAndSet(p, null)) return null;
        return p.task();
    }

    /** Loads the rules of the home at {@code root} on a new daemon thread. */
    static FutureTask<CompiledRules> begin(Path root) {
        FutureTask<CompiledRules> task = new FutureTask<>(() -> {
            StartLog.mark("rules thread running");
            CompiledRules rules = RuleCompiler.compile(RuleSources.forHome(root), new Home(root).rulesCache());
            StartLog.mark("rules loaded");
            return rules;
        });
        Thread t = new Thread(task, "autoheal-rules");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
