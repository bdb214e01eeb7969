package org.autoheal.cli;

import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.LoggingBound;
import org.autoheal.engine.StartLog;
import picocli.CommandLine;

/** Entry point of {@code bin/autoheal}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartLog.mark("main entered");
        LogProvider.select(); // before any thread asks for a logger
        // the rules thread first: its first steps need no logging, whose set-up (40-50 ms) this thread does meanwhile
        AutoHealCommand.preloadRules(args);
        StartLog.mark("preload started");
        LoggingBound.await();
        exitWhenRulesBreakTheJvm();
        StartLog.mark("logging bound");
        CommandLine cl = AutoHealCommand.commandLine(args);
        StartLog.mark("command line built");
        int code = cl.execute(args);
        StartLog.mark("command done");
        System.exit(code);
    }

    /**
     * Rules that exhaust the heap, or leave more threads spinning than a JVM can carry, end the
     * process with one line naming the rule (exit 2: the rules are broken configuration), not a
     * stack trace: a new process is the only way to get those threads and that memory back. An
     * OutOfMemoryError outside a decision ends it the same way, whatever thread it hit.
     */
    static void exitWhenRulesBreakTheJvm() {
        DecisionDeadline.onFatal(message -> exit("autoheal: " + message + "; exiting"));
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                exit("autoheal: out of memory in thread " + thread.getName() + " (" + e.getMessage() + ", heap limit "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; AUTOHEAL_HEAP raises it); exiting");
            }
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
    }

    private static void exit(String line) {
        System.err.println(line);
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.USAGE); // no shutdown hooks: they might need the memory that is gone
    }
}
