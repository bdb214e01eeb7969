package org.autoheal.strategy.pip;

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
 * Runs pip so that a dying AutoHeal cannot cut it off half-way through writing site-packages:
 * in its own session (a Ctrl-C to AutoHeal does not reach it), stdin from /dev/null, output
 * appended to a log file by the OS. A pipe would not do: when its reader dies, pip stops at its
 * next log line ("Pipe to stdout was broken"), possibly between two files of a package.
 * While it runs, {@link PipRecord} in the state folder says which process it is. On timeout
 * the whole tree is killed, as before.
 */
final class DetachedPip {
    private static final Logger LOG = LoggerFactory.getLogger(DetachedPip.class);
    // the interpreter may be a wrapper whose real python is a child: the whole tree goes
    private static final Duration KILL_GRACE = Duration.ofSeconds(2);

    /** Where a run leaves its traces: pip's output log and the state file ({@code null}: none). */
    record Trace(Path log, Path stateFile, String tool) {}

    private DetachedPip() {
    }

    static ProcessRunner.Outcome run(InstallPlan plan, Path workdir, Map<String, String> env, Duration timeout, Trace trace) {
        List<String> argv = plan.argv();
        if (Detached.locate(argv.get(0), workdir, env).isEmpty()) {
            return new ProcessRunner.Outcome(-1, false, "could not run " + argv.get(0) + " in " + workdir
                    + ": no such executable file; check the toolchain's \"python\" in config/toolchains.json");
        }
        try {
            Files.createDirectories(trace.log().getParent());
            long offset = AppendLog.header(trace.log(), argv);
            List<String> command = new ArrayList<>();
            Detached.setsid().ifPresent(p -> command.add(p.toString()));
            command.addAll(argv);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workdir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Detached.nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(trace.log().toFile()))
                    .redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(env);
            Instant started = Instant.now();
            Process process = builder.start();
            PipRecord record = new PipRecord(new PidRecord("pip", process.pid(),
                    process.info().startInstant().orElse(started).toString(), argv, workdir.toString(),
                    trace.log().toString(), offset), trace.tool(), plan.importName(), plan.distribution(),
                    started.plus(timeout).toString(), null);
            remember(record, trace.stateFile());
            FaultPoints.reach("pip:started");
            boolean timedOut = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) ProcessTree.kill(process.toHandle(), KILL_GRACE);
            int exit = timedOut ? -1 : process.exitValue();
            remember(record.ended(exit), trace.stateFile());
            String tail = AppendLog.tail(trace.log(), offset, "pip");
            return new ProcessRunner.Outcome(exit, timedOut, timedOut
                    ? (tail + "\nkilled " + argv.get(0) + " after " + timeout.toMillis() + " ms in " + workdir).strip() : tail);
        } catch (IOException e) {
            return new ProcessRunner.Outcome(-1, false, "could not run " + argv.get(0) + " in " + workdir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessRunner.Outcome(-1, false, "interrupted while waiting for pip; it goes on in the background");
        }
    }

    /** The record only helps a later recovery: failing to write it must not stop or fail the install. */
    private static void remember(PipRecord record, Path stateFile) {
        if (stateFile == null) return;
        try {
            record.write(stateFile);
        } catch (IOException e) {
            LOG.warn("cannot write {} (pip pid {}): {}; a crash now would leave this pip unknown to recovery",
                    stateFile, record.process().pid(), e.getMessage());
        }
    }
}
