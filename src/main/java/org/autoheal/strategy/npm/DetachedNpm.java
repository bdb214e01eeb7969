package org.autoheal.strategy.npm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autoheal.backup.FaultPoints;
import org.autoheal.exec.AppendLog;
import org.autoheal.exec.Detached;
import org.autoheal.exec.ProcessTree;
import org.autoheal.service.PidRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs npm as pip is run ({@code strategy.pip.DetachedPip}): in its own session, stdin from
 * /dev/null, output appended to {@code logs/autoheal/npm.log} by the OS, so a dying AutoHeal
 * cannot cut it off half-way through writing node_modules. {@link NpmRecord} in the state folder
 * names the running npm meanwhile. On timeout the whole tree (npm, its lifecycle scripts) is killed.
 */
final class DetachedNpm {
    private static final Logger LOG = LoggerFactory.getLogger(DetachedNpm.class);
    private static final Duration KILL_GRACE = Duration.ofSeconds(2);

    /** How one run ended: exit -1 when npm could not start or was killed. */
    record Outcome(int exitCode, boolean timedOut, String output) {
    }

    private DetachedNpm() {
    }

    static Outcome run(NpmPlan plan, Map<String, String> env, Duration timeout, Path log, Path stateFile, String tool) {
        List<String> argv = plan.argv();
        Path folder = plan.folder();
        if (Detached.locate(argv.get(0), folder, env).isEmpty()) {
            return new Outcome(-1, false, "could not run " + argv.get(0) + " in " + folder
                    + ": no such executable file; install npm (Debian: apt-get install npm) or put it beside the toolchain's node");
        }
        try {
            Files.createDirectories(log.getParent());
            long offset = AppendLog.header(log, argv);
            List<String> command = new ArrayList<>();
            Detached.setsid().ifPresent(p -> command.add(p.toString()));
            command.addAll(argv);
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Detached.nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(env);
            Instant started = Instant.now();
            Process process = builder.start();
            NpmRecord record = new NpmRecord(new PidRecord("npm", process.pid(),
                    process.info().startInstant().orElse(started).toString(), argv, folder.toString(), log.toString(), offset),
                    tool, plan.module(), plan.packageName(), plan.mode().name(), folder.toString(),
                    started.plus(timeout).toString(), null);
            remember(record, stateFile);
            FaultPoints.reach("npm:started");
            boolean timedOut = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) ProcessTree.kill(process.toHandle(), KILL_GRACE);
            int exit = timedOut ? -1 : process.exitValue();
            remember(record.ended(exit), stateFile);
            String tail = AppendLog.tail(log, offset, "npm");
            return new Outcome(exit, timedOut, timedOut
                    ? (tail + "\nkilled " + argv.get(0) + " after " + timeout.toMillis() + " ms in " + folder).strip() : tail);
        } catch (IOException e) {
            return new Outcome(-1, false, "could not run " + argv.get(0) + " in " + folder + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, false, "interrupted while waiting for npm; it goes on in the background");
        }
    }

    /** The record only helps a later recovery: failing to write it must not stop the install. */
    private static void remember(NpmRecord record, Path stateFile) {
        if (stateFile == null) return;
        try {
            record.write(stateFile);
        } catch (IOException e) {
            LOG.warn("cannot write {} (npm pid {}): {}; a crash now would leave this npm unknown to recovery",
                    stateFile, record.process().pid(), e.getMessage());
        }
    }
}
