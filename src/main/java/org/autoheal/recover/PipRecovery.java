package org.autoheal.recover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.autoheal.config.Home;
import org.autoheal.exec.ProcessTree;
import org.autoheal.strategy.pip.ImportCheck;
import org.autoheal.strategy.pip.ModuleInstaller;
import org.autoheal.strategy.pip.PipRecord;

/**
 * An {@code install_module} attempt cut off by a crash. pip runs detached from AutoHeal, so it
 * may still be running, or have finished after AutoHeal died: wait for it (until the deadline
 * AutoHeal would have killed it at, then kill it), then ask the toolchain's interpreter whether
 * the module imports. Either the install is complete ({@link Recovered#COMPLETED}) or it is
 * reported with pip's log; the next repair runs the toolchain again either way.
 */
final class PipRecovery {
    private final Home home;
    private final Path stateFile;

    PipRecovery(Home home) {
        this.home = home;
        this.stateFile = PipRecord.file(home.state());
    }

    /** Empty when no pip run of this incident is on record (killed before pip started): the caller reports it. */
    Optional<Recovered> recover(Unfinished u, Consumer<String> say) {
        Optional<PipRecord> found = PipRecord.read(stateFile).filter(r -> belongsTo(r, u));
        if (found.isEmpty()) return Optional.empty();
        PipRecord r = found.get();
        String exit = r.exit() != null ? "exit " + r.exit() : awaitEnd(r, say);
        ImportCheck check = new ModuleInstaller().verifyImport(r.python(), r.importName(), Path.of(r.process().workdir()));
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // a stale record names an older incident; belongsTo() never matches it to a new one
        }
        String install = "pip install " + r.distribution() + " (pid " + r.process().pid() + ", " + exit + ")";
        if (check.importable()) {
            return Optional.of(new Recovered(u.id(), u.tool(), Recovered.COMPLETED, List.of(), install
                    + " finished after AutoHeal stopped and `import " + r.importName() + "` works; the next repair"
                    + " runs the toolchain again to verify"));
        }
        return Optional.of(new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), install + " did not complete: `import "
                + r.importName() + "` still fails (" + check.summary() + "); pip's output is in "
                + home.show(Path.of(r.process().log())) + "; the next repair tries the install again"));
    }

    /** The run started by this incident's AutoHeal: same toolchain, started after the incident opened. */
    private static boolean belongsTo(PipRecord r, Unfinished u) {
        try {
            return u.tool().equals(r.tool()) && r.process().startInstant()
                    .map(started -> !started.isBefore(Instant.parse(u.at()).minusSeconds(2))).orElse(false);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Waits for a pip still running, up to its deadline; then kills it with its children. */
    private static String awaitEnd(PipRecord r, Consumer<String> say) {
        Optional<ProcessHandle> live = r.process().liveProcess();
        if (live.isEmpty()) return "ended while no AutoHeal was watching";
        Instant deadline = Instant.now(); // no readable deadline: do not wait, but still check the import
        try {
            if (r.deadline() != null) deadline = Instant.parse(r.deadline());
        } catch (DateTimeParseException e) {
            // keep now
        }
        Duration left = Duration.between(Instant.now(), deadline);
        say.accept("waiting up to " + Math.max(0, left.toSeconds()) + " s for pip (pid " + r.process().pid()
                + "), started by an AutoHeal that stopped, to finish installing " + r.distribution());
        try {
            live.get().onExit().get(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
            return "ended after AutoHeal stopped";
        } catch (TimeoutException e) {
            ProcessTree.kill(live.get(), Duration.ofSeconds(2));
            return "killed at its deadline " + deadline;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "still running";
        } catch (ExecutionException e) {
            return "ended";
        }
    }
}
