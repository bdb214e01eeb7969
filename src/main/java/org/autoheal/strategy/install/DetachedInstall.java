package org.autoheal.strategy.install;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.autoheal.backup.FaultPoints;
import org.autoheal.exec.Detached;
import org.autoheal.exec.ProcessTree;
import org.autoheal.exec.RunLog;
import org.autoheal.exec.RunSpec;
import org.autoheal.service.PidRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an installer (pip, npm) so that a dying AutoHeal cannot cut it off half-way through
 * writing site-packages or node_modules: detached ({@link Detached#start}), its output appended
 * to a log by the OS. A pipe would not do: when its reader dies, pip stops at its next log line
 * ("Pipe to stdout was broken"), possibly between two files of a package. While it runs, an
 * {@link InstallRecord} in the state folder names the process; AutoHeal waits for it up to the
 * timeout, then kills the whole tree (the interpreter may be a wrapper whose real python is a
 * child; npm runs lifecycle scripts).
 */
public final class DetachedInstall {
    private static final Logger LOG = LoggerFactory.getLogger(DetachedInstall.class);
    private static final Duration KILL_GRACE = Duration.ofSeconds(2);
    /** How much of an installer's output a result keeps: the last bytes, where pip and npm say what failed. */
    public static final int TAIL_BYTES = 16 * 1024;
    /** Past this the log is moved to {@code NAME.1} before a run, so it stays bounded. */
    static final long ROTATE_BYTES = 4L << 20;

    /** How one run ended: exit -1 when the installer could not start or was killed. */
    public record Outcome(int exitCode, boolean timedOut, String output) {
    }

    private DetachedInstall() {
    }

    /**
     * Runs a detached {@code spec} (its log: {@link RunSpec#appendTo}) and waits for it up to its timeout.
     *
     * @param program   "pip" or "npm": names the run in the log, the record and messages
     * @param missing   what to do when the program is not found, for the message
     * @param stateFile where the record goes; null: none
     * @param record    the tool's record for the started process and its deadline
     */
    public static Outcome run(String program, RunSpec spec, String missing, Path stateFile,
                              BiFunction<PidRecord, String, InstallRecord> record) {
        if (!spec.isDetached()) throw new IllegalArgumentException(program + " must run detached, with a log to append to");
        List<String> argv = spec.argv();
        Path folder = spec.workdir();
        Path log = spec.appendTo();
        if (Detached.locate(argv.get(0), folder, spec.env()).isEmpty()) {
            return new Outcome(-1, false, "could not run " + argv.get(0) + " in " + folder
                    + ": no such executable file; " + missing);
        }
        try {
            long offset = RunLog.begin(log, "== " + Instant.now() + " " + String.join(" ", argv) + "\n", ROTATE_BYTES);
            Instant started = Instant.now();
            Process process = Detached.start(spec);
            InstallRecord running = record.apply(new PidRecord(program, process.pid(),
                    process.info().startInstant().orElse(started).toString(), argv, folder.toString(), log.toString(), offset),
                    started.plus(spec.timeout()).toString());
            remember(program, running, stateFile);
            FaultPoints.reach(program + ":started");
            boolean timedOut = !process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (timedOut) ProcessTree.kill(process.toHandle(), KILL_GRACE);
            int exit = timedOut ? -1 : process.exitValue();
            remember(program, running.ended(exit), stateFile);
            String tail = tail(log, offset, program);
            return new Outcome(exit, timedOut, timedOut
                    ? (tail + "\nkilled " + argv.get(0) + " after " + spec.timeout().toMillis() + " ms in " + folder).strip() : tail);
        } catch (IOException e) {
            return new Outcome(-1, false, "could not run " + argv.get(0) + " in " + folder + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, false, "interrupted while waiting for " + program + "; it goes on in the background");
        }
    }

    /** The run's output, at most the last {@link #TAIL_BYTES}, saying how much was dropped before. */
    private static String tail(Path log, long offset, String program) {
        try {
            RunLog.Tail tail = RunLog.since(log, offset, TAIL_BYTES);
            return tail.dropped() == 0 ? tail.text() : "[... " + tail.dropped() + " earlier bytes dropped ...]\n" + tail.text();
        } catch (IOException e) {
            return "(" + program + "'s output in " + log + " cannot be read: " + e.getMessage() + ")";
        }
    }

    /** The record only helps a later recovery: failing to write it must not stop or fail the install. */
    private static void remember(String program, InstallRecord record, Path stateFile) {
        if (stateFile == null) return;
        try {
            record.write(stateFile);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({} pid {}): {}; a crash now would leave this {} unknown to recovery",
                    stateFile, program, record.process().pid(), e.getMessage(), program);
        }
    }
}
