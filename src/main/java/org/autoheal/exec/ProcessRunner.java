package org.autoheal.exec;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command attached with Apache Commons Exec and always returns a {@link RunResult}: a
 * failure to start, a non-zero exit and a timeout are all facts, not exceptions. The one attached
 * runner: toolchains, probes and service commands, pip's import check and the Python interpreter
 * queries all come through here; detached runs go through {@link Detached#start}.
 * <ul>
 *   <li>The argv goes to the OS as is: no shell, no quoting, no splitting, no {@code ${}} expansion.</li>
 *   <li>On timeout the process and all its descendants are killed (SIGTERM, then SIGKILL after
 *       {@code killGrace}).</li>
 *   <li>Output is bounded per stream; waiting for pipes held by a background grandchild is bounded
 *       by {@code pipeGrace}.</li>
 * </ul>
 * Thread-safe: each call uses its own executor.
 */
public final class ProcessRunner {

    public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_PIPE_GRACE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(ProcessRunner.class);

    private final Duration killGrace;
    private final Duration pipeGrace;

    public ProcessRunner() {
        this(DEFAULT_KILL_GRACE, DEFAULT_PIPE_GRACE);
    }

    /**
     * @param killGrace time between SIGTERM and SIGKILL on timeout
     * @param pipeGrace how long to keep reading output after the process exited; keep it above
     *                  killGrace so a tree killed on timeout can close its pipes first
     */
    public ProcessRunner(Duration killGrace, Duration pipeGrace) {
        this.killGrace = killGrace;
        this.pipeGrace = pipeGrace;
    }

    /** Runs {@code spec} attached and waits for it; a detached spec goes to {@link Detached#start} instead. */
    public RunResult run(RunSpec spec) {
        if (spec.isDetached()) {
            throw new IllegalArgumentException("a detached run (output to " + spec.appendTo() + ") is started with Detached.start");
        }
        CommandLine command = new CommandLine(spec.argv().get(0));
        spec.argv().stream().skip(1).forEach(arg -> command.addArgument(arg, false));

        OutputCapture capture = new OutputCapture(spec.maxOutputBytes(), spec.keep(), pipeGrace);
        TreeWatchdog watchdog = new TreeWatchdog(spec.timeout(), killGrace);
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(spec.workdir().toFile())
                .setExecuteStreamHandler(capture)
                .get();
        executor.setExitValues(null); // every exit value is a result, not an ExecuteException
        executor.setProcessDestroyer(watchdog);

        Map<String, String> env = spec.environment();

        long start = System.nanoTime();
        String startError = null;
        try {
            executor.execute(command, env);
        } catch (IOException | RuntimeException e) {
            if (watchdog.started()) {
                LOG.warn("{} in {}: error after the process started: {}", spec.argv().get(0), spec.workdir(), e.toString());
            } else {
                startError = e.getMessage() != null ? e.getMessage() : e.toString();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new RunResult(spec.argv(), spec.workdir(), watchdog.exitCode(), capture.stdout(), capture.stderr(),
                capture.combined(), watchdog.timedOut(), startError, took, capture.pipesLeftOpen());
    }
}
