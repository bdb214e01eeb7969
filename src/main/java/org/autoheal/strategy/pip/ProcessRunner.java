package org.autoheal.strategy.pip;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;
import org.apache.commons.exec.Watchdog;

/** Runs one argv (never through a shell) with a timeout and a bounded output tail. */
final class ProcessRunner {
    static final int TAIL_BYTES = 16 * 1024;
    // how long to drain output after the process ended; a leftover grandchild holding the pipe must not block us
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

    record Outcome(int exitCode, boolean timedOut, String output) {}

    private ProcessRunner() {}

    /** Never throws for a failing or missing program: that is an outcome with exit code -1. */
    static Outcome run(List<String> argv, Path workdir, Map<String, String> env, Duration timeout) {
        CommandLine command = new CommandLine(argv.get(0));
        // handleQuoting=false: each element reaches the program exactly as given
        argv.subList(1, argv.size()).forEach(arg -> command.addArgument(arg, false));
        OutputTail tail = new OutputTail(TAIL_BYTES);
        PumpStreamHandler streams = new PumpStreamHandler(tail, tail, null);
        streams.setStopTimeout(DRAIN_TIMEOUT);
        TreeKillingWatchdog watchdog = new TreeKillingWatchdog(timeout);
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(workdir.toFile())
                .setExecuteStreamHandler(streams)
                .get();
        executor.setWatchdog(watchdog);
        executor.setExitValues(null); // every exit code is an outcome, not an exception
        try {
            int exit = executor.execute(command, env);
            return new Outcome(exit, watchdog.killedProcess(), tail.text());
        } catch (IOException e) {
            String why = watchdog.killedProcess()
                    ? "killed " + argv.get(0) + " after " + timeout.toMillis() + " ms in " + workdir + ": " + e.getMessage()
                    : "could not run " + argv.get(0) + " in " + workdir + ": " + e.getMessage()
                      + "; check the toolchain's \"python\" in config/toolchains.json";
            return new Outcome(-1, watchdog.killedProcess(), (tail.text() + "\n" + why).strip());
        }
    }

    /**
     * Kills the whole process tree at the timeout, children first: the interpreter is
     * often a wrapper (a pyenv shim, a venv launcher) whose real python is a child that
     * would survive its parent and keep pip running and our output pipes open.
     */
    private static final class TreeKillingWatchdog extends ExecuteWatchdog {
        private Process process;

        @SuppressWarnings("deprecation") // the builder cannot make a subclass; this constructor is the only way
        TreeKillingWatchdog(Duration timeout) {
            super(timeout.toMillis());
        }

        @Override
        public synchronized void start(Process started) {
            this.process = started;
            super.start(started);
        }

        @Override
        public synchronized void timeoutOccured(Watchdog watchdog) {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            }
            super.timeoutOccured(watchdog);
        }
    }
}
