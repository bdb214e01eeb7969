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

/** Runs one argv (never through a shell) with a timeout and a bounded output tail. */
final class ProcessRunner {
    static final int TAIL_BYTES = 16 * 1024;

    record Outcome(int exitCode, boolean timedOut, String output) {}

    private ProcessRunner() {}

    /** Never throws for a failing or missing program: that is an outcome with exit code -1. */
    static Outcome run(List<String> argv, Path workdir, Map<String, String> env, Duration timeout) {
        CommandLine command = new CommandLine(argv.get(0));
        // handleQuoting=false: each element reaches the program exactly as given
        argv.subList(1, argv.size()).forEach(arg -> command.addArgument(arg, false));
        OutputTail tail = new OutputTail(TAIL_BYTES);
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
        DefaultExecutor executor = DefaultExecutor.builder()
                .setWorkingDirectory(workdir.toFile())
                .setExecuteStreamHandler(new PumpStreamHandler(tail, tail, null))
                .get();
        executor.setWatchdog(watchdog);
        executor.setExitValues(null); // every exit code is an outcome, not an exception
        try {
            int exit = executor.execute(command, env);
            return new Outcome(exit, watchdog.killedProcess(), tail.text());
        } catch (IOException e) {
            String why = "could not run " + argv.get(0) + " in " + workdir + ": " + e.getMessage()
                    + "; check the toolchain's \"python\" in config/toolchains.json";
            return new Outcome(-1, watchdog.killedProcess(), (tail.text() + "\n" + why).strip());
        }
    }
}
