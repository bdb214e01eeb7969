package org.autoheal.heal;

import java.time.Duration;
import org.autoheal.config.Settings;
import org.autoheal.config.Toolchain;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;
import org.autoheal.facts.Knowledge;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.parse.ErrorText;
import org.autoheal.strategy.Action;

/** Runs a toolchain as configured and reads its failure: the detect and parse steps, and the verifying re-runs. */
final class ToolchainRuns {
    private final ProcessRunner runner;
    private final Settings settings;
    private final Knowledge tables; // the deciding rule base's rules/data; null: the jar's

    ToolchainRuns(ProcessRunner runner, Settings settings) {
        this(runner, settings, null);
    }

    ToolchainRuns(ProcessRunner runner, Settings settings, Knowledge tables) {
        this.runner = runner;
        this.settings = settings;
        this.tables = tables;
    }

    ProcessRunner runner() {
        return runner;
    }

    RunResult run(Toolchain t) {
        return runner.run(new RunSpec(t.command(), t.workdir(), t.env(), t.timeout(), 1 << 20));
    }

    /** Runs the toolchain again as the action's verification says (attempts, delays) until it passes; the last run. */
    RunResult verify(Toolchain t, Action action) {
        var v = action.verification();
        RunResult r = null;
        for (int i = 1; i <= v.attempts(); i++) {
            sleep(v.delayBefore(i));
            r = run(t);
            if (r.ok()) return r;
        }
        return r;
    }

    /** A program that cannot start is an error too; it is parsed in the form the JVM prints it. */
    ToolchainError parse(Toolchain t, RunResult r) {
        String text = (r.startError() == null ? "" : "java.io.IOException: " + r.startError() + "\n\tat java.base/java.lang.ProcessBuilder.start(ProcessBuilder.java:1143)\n") + r.combined();
        if (r.timedOut()) text += "\nautoheal: timed out after " + t.timeout().toMillis() + " ms";
        text = ErrorText.tail(text, settings.limits().maxErrorBytes());
        return ErrorParsers.parse(new ErrorInput(t.name(), t.command(), r.exitCode(), text, tables));
    }

    private static void sleep(Duration d) {
        if (d.isZero()) return;
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
