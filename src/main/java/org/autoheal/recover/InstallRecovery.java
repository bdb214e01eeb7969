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
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.exec.ProcessTree;
import org.autoheal.strategy.install.InstallRecord;
import org.autoheal.strategy.npm.NpmRecord;
import org.autoheal.strategy.pip.PipRecord;

/**
 * An {@code install_module} attempt cut off by a crash. pip and npm run detached from AutoHeal,
 * so the installer may still be running, or have finished after AutoHeal died: wait for it (until
 * the deadline AutoHeal would have killed it at, then kill it with its children), then ask the
 * toolchain whether the module imports or resolves. Either the install is complete
 * ({@link Recovered#COMPLETED}) or it is reported with the installer's log; the next repair runs
 * the toolchain again either way. The record is checked first ({@link TrustedInstall}): only what
 * today's config names is run, and only a process running today's install command is waited for
 * or killed. A record that fails a check is refused, kept aside as {@code NAME.json.refused}, and
 * reported; nothing it names is run or signalled.
 */
final class InstallRecovery {

    /**
     * The per-tool part: where its record lives, how it is read and checked, and the closing words
     * of a refusal.
     */
    record Tool<R extends InstallRecord>(Function<Path, Path> file, Function<Path, Optional<R>> read,
                                         BiFunction<R, HomeConfig, TrustedInstall.Checked> check, String afterRefusal) {
    }

    static final Tool<PipRecord> PIP = new Tool<>(PipRecord::file, f -> InstallRecord.read(f, PipRecord.class), TrustedPip::check,
            "the next repair runs the toolchain again and heals what is still broken");
    static final Tool<NpmRecord> NPM = new Tool<>(NpmRecord::file, f -> InstallRecord.read(f, NpmRecord.class), TrustedNpm::check,
            "the next repair runs the toolchain again");

    private static final Duration KILL_GRACE = Duration.ofSeconds(2);
    private final Home home;
    private final HomeConfig config;
    private final Tool<?> tool;
    private final Path stateFile;

    /** @param config today's configuration; null refuses every record (nothing to check it against) */
    InstallRecovery(Home home, HomeConfig config, Tool<?> tool) {
        this.home = home;
        this.config = config;
        this.tool = tool;
        this.stateFile = tool.file().apply(home.state());
    }

    /** Empty when no run of this incident is on record (killed before the installer started): the caller reports it. */
    Optional<Recovered> recover(Unfinished u, Consumer<String> say) {
        return recover(tool, u, say);
    }

    private <R extends InstallRecord> Optional<Recovered> recover(Tool<R> t, Unfinished u, Consumer<String> say) {
        Optional<R> found = t.read().apply(stateFile).filter(r -> belongsTo(r, u));
        if (found.isEmpty()) return Optional.empty();
        TrustedInstall.Checked checked = t.check().apply(found.get(), config);
        if (checked.trusted().isEmpty()) return Optional.of(refuse(u, checked.refusal()));
        TrustedInstall r = checked.trusted().get();
        String exit = r.record().exit() != null ? "exit " + r.record().exit() : awaitEnd(r, say);
        Recovered done = r.finish(u, exit, home);
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // a stale record names an older incident; belongsTo() never matches it to a new one
        }
        return Optional.of(done);
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
                + ": " + why + "; nothing it names was run or signalled (" + kept + "); " + tool.afterRefusal());
    }

    /** The run started by this incident's AutoHeal: same toolchain, started after the incident opened. */
    private static boolean belongsTo(InstallRecord r, Unfinished u) {
        if (r.process() == null) return u.tool().equals(r.tool()); // malformed: refused by the check, with a message
        try {
            return u.tool().equals(r.tool()) && r.process().startInstant()
                    .map(started -> !started.isBefore(Instant.parse(u.at()).minusSeconds(2))).orElse(false);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Waits for an installer still running, up to its deadline; then kills it with its children. */
    private static String awaitEnd(TrustedInstall r, Consumer<String> say) {
        Optional<ProcessHandle> live = r.ours();
        if (live.isEmpty()) return r.notOurs();
        Duration left = Duration.between(Instant.now(), r.deadline());
        say.accept("waiting up to " + Math.max(0, left.toSeconds()) + " s for " + r.waitingFor());
        try {
            live.get().onExit().get(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
            return "ended after AutoHeal stopped";
        } catch (TimeoutException e) {
            ProcessTree.kill(live.get(), KILL_GRACE);
            return "killed at its deadline " + r.deadline();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "still running";
        } catch (ExecutionException e) {
            return "ended";
        }
    }
}
