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
import org.autoheal.strategy.npm.NodeResolve;
import org.autoheal.strategy.npm.NodeTools;
import org.autoheal.strategy.npm.NpmRecord;

/**
 * An npm install cut off by a crash, handled as {@link PipRecovery} handles pip: the record in
 * {@code state/npm.json} is checked first ({@link TrustedNpm}); an npm still running is waited
 * for until its deadline, then killed with its children; then today's node says whether the
 * package resolves from the package folder. A record that fails a check is set aside as
 * {@code npm.json.refused}; nothing it names is run or signalled.
 */
final class NpmRecovery {
    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(30);
    private final Home home;
    private final HomeConfig config;
    private final Path stateFile;

    NpmRecovery(Home home, HomeConfig config) {
        this.home = home;
        this.config = config;
        this.stateFile = NpmRecord.file(home.state());
    }

    /** Empty when no npm run of this incident is on record. */
    Optional<Recovered> recover(Unfinished u, Consumer<String> say) {
        Optional<NpmRecord> found = NpmRecord.read(stateFile).filter(r -> belongsTo(r, u));
        if (found.isEmpty()) return Optional.empty();
        TrustedNpm.Checked checked = TrustedNpm.check(found.get(), config);
        if (checked.trusted().isEmpty()) return Optional.of(refuse(u, checked.refusal()));
        TrustedNpm r = checked.trusted().get();
        String exit = r.record().exit() != null ? "exit " + r.record().exit() : awaitEnd(r, say);
        var t = r.toolchain();
        var answer = new NodeResolve().resolve(NodeTools.node(t), r.record().packageName(), r.folder(), NodeTools.env(t), RESOLVE_TIMEOUT);
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            // a stale record names an older incident; belongsTo() never matches it to a new one
        }
        String run = "npm " + r.mode().command + " for " + r.record().packageName() + " (pid " + r.record().process().pid() + ", " + exit + ")";
        if (answer.found()) {
            return Optional.of(new Recovered(u.id(), u.tool(), Recovered.COMPLETED, List.of(), run + " finished after AutoHeal"
                    + " stopped and '" + r.record().packageName() + "' resolves; the next repair runs the toolchain again to verify"));
        }
        return Optional.of(new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), run + " did not complete: '"
                + r.record().packageName() + "' does not resolve (" + answer.detail() + "); npm's output is in "
                + home.show(home.logs().resolve("npm.log")) + "; node_modules may be partial; the next repair runs npm again"));
    }

    private Recovered refuse(Unfinished u, String why) {
        Path aside = stateFile.resolveSibling(stateFile.getFileName() + ".refused");
        String kept;
        try {
            Files.move(stateFile, aside, StandardCopyOption.REPLACE_EXISTING);
            kept = "kept as " + home.show(aside);
        } catch (IOException e) {
            kept = "could not move it aside (" + e.getMessage() + ")";
        }
        return new Recovered(u.id(), u.tool(), Recovered.REPORTED, List.of(), "refused " + home.show(stateFile) + ": " + why
                + "; nothing it names was run or signalled (" + kept + "); the next repair runs the toolchain again");
    }

    private static boolean belongsTo(NpmRecord r, Unfinished u) {
        if (r.process() == null) return u.tool().equals(r.tool());
        try {
            return u.tool().equals(r.tool()) && r.process().startInstant()
                    .map(started -> !started.isBefore(Instant.parse(u.at()).minusSeconds(2))).orElse(false);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String awaitEnd(TrustedNpm r, Consumer<String> say) {
        long pid = r.record().process().pid();
        Optional<ProcessHandle> live = r.ours();
        if (live.isEmpty()) {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? "pid " + pid + " is not the npm run AutoHeal started in " + r.folder() + ", so it was not waited for nor signalled"
                    : "ended while no AutoHeal was watching";
        }
        Duration left = Duration.between(Instant.now(), r.deadline());
        say.accept("waiting up to " + Math.max(0, left.toSeconds()) + " s for npm (pid " + pid
                + "), started by an AutoHeal that stopped, to finish in " + r.folder());
        try {
            live.get().onExit().get(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS);
            return "ended after AutoHeal stopped";
        } catch (TimeoutException e) {
            ProcessTree.kill(live.get(), Duration.ofSeconds(2));
            return "killed at its deadline " + r.deadline();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "still running";
        } catch (ExecutionException e) {
            return "ended";
        }
    }
}
