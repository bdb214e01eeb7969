package org.autoheal.recover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.autoheal.config.HomeConfig;
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
 * {@code state/pip.json} is checked first ({@link TrustedPip}): only the interpreter today's config
 * names is run, with arguments built here, and only a process running today's pip command is
 * waited for or killed. A record that fails a check is refused, kept aside as
 * {@code pip.json.refused}, and reported; nothing it names is run or signalled.
 */
final class PipRecovery {
    private final Home home;
    private final HomeConfig config;
    private final Path stateFile;

    /** @param config today's configuration; null refuses every record (nothing to check it against) */
    PipRecovery(Home home, HomeConfig config) {
        this.home = home;
        this.config = config;
        this.stateFile = PipRecord.file(home.state());
    }

    /** Empty when no pip run of this incident is on record (killed before pip started): the caller reports it. */
    Optional<Recovered> recover(Unfinished u, Consumer<String> say) {
        Optional<PipRecord> found = PipRecord.read(stateFile).filter(r -> belongsTo(r, u));
        if (found.isEmpty()) return Optional.empty();
        TrustedPip.Checked checked = TrustedPip.check(found.get(), config);
        if (checked.trusted().isEmpty()) return Optional.of(refuse(u, checked.refusal()));
        TrustedPip r = checked.trusted().get();
        String exit = r.record().exit() != null ? "exit " + r.record().exit() : awaitEnd(r, say);
        ImportCheck check = new ModuleInstaller().verifyImport(r.python(), r.record().importName(), r.workdir());
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // a stale record names an older incident; belongsTo() never matches it to a new one
        }
        String install = "pip install " + r.record().distribution() + " (pid " + r.record().process().pid() + ", " + exit + ")";
        if (check.importable()) {
            return Optional.of(new Recovered(u.id(), u.tool(), Recovered.COMPLETED, List.of(), install
                    + " finished after AutoHeal stopped and `import " + r.record().importName() + "` works; the next repair"
                    + " runs the toolchain again to verify"));
        }
        return Optional.of(new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), install + " did not complete: `import "
                + r.record().importName() + "` still fails (" + check.summary() + "); pip's output is in "
                + home.show(home.logs().resolve("pip.log")) + "; the next repair tries the install again"));
    }

    /** A record that fails a check: nothing in it is run or signalled; it is set aside for whoever investigates. */
    private Recovered refuse(Unfinished u, String why) {
        Path aside = stateFile.resolveSibling(stateFile.getFileName() + ".refused");
        String kept;
        try {
            Files.move(stateFile, aside, StandardCopyOption.REPLACE_EXISTING);
            kept = "kept as " + home.show(aside);
        } catch (IOException e) {
            kept = "could not move it aside (" + e.getMessage() + ")";
        }
        return new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), "refused " + home.show(stateFile)
                + ": " + why + "; nothing it names was run or signalled (" + kept + "); the next repair runs the toolchain"
                + " again and heals what is still broken");
    }

    /** The run started by this incident's AutoHeal: same toolchain, started after the incident opened. */
    private static boolean belongsTo(PipRecord r, Unfinished u) {
        if (r.process() == null) return u.tool().equals(r.tool()); // malformed: refused by the check, with a message
        try {
            return u.tool().equals(r.tool()) && r.process().startInstant()
                    .map(started -> !started.isBefore(Instant.parse(u.at()).minusSeconds(2))).orElse(false);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Waits for a pip still running, up to its deadline; then kills it with its children. Only a
     * process that runs today's pip command for this toolchain is ours: any other is left alone.
     */
    private static String awaitEnd(TrustedPip r, Consumer<String> say) {
        long pid = r.record().process().pid();
        Optional<ProcessHandle> live = r.record().process().liveProcessWithArguments(r.pipArguments());
        if (live.isEmpty()) {
            return r.record().process().impostor(pythonCommand(r)).isPresent()
                    ? "pid " + pid + " does not run the pip command AutoHeal builds for this toolchain, so it was not"
                    + " waited for nor signalled" : "ended while no AutoHeal was watching";
        }
        Instant deadline = r.deadline();
        Duration left = Duration.between(Instant.now(), deadline);
        say.accept("waiting up to " + Math.max(0, left.toSeconds()) + " s for pip (pid " + pid
                + "), started by an AutoHeal that stopped, to finish installing " + r.record().distribution());
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

    private static List<String> pythonCommand(TrustedPip r) {
        List<String> argv = new java.util.ArrayList<>();
        argv.add(r.python());
        argv.addAll(r.pipArguments());
        return argv;
    }
}
