package org.autoheal.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;

/**
 * A configured stop, restart or probe command run through {@link ProcessRunner}: never through a
 * shell, the last bytes of stdout+stderr kept. On timeout the process and its descendants are
 * killed at once (no grace), so a command that ignores SIGTERM cannot hang AutoHeal.
 */
final class ServiceCommand {
    private static final int OUTPUT_TAIL_BYTES = 4096;
    private static final ProcessRunner RUNNER = new ProcessRunner(Duration.ZERO, Duration.ofMillis(500));

    private ServiceCommand() {
    }

    static RunResult run(List<String> argv, Path workdir, Map<String, String> env, Duration timeout) {
        return RUNNER.run(new RunSpec(argv, workdir, env, timeout, OUTPUT_TAIL_BYTES).keepingTail(OUTPUT_TAIL_BYTES));
    }

    /** One line for results and probes: how the command ended and the end of its output. */
    static String summary(RunResult r) {
        if (r.startError() != null) return "could not run " + r.argv() + ": " + r.startError() + " (in " + r.workdir() + ")";
        if (r.timedOut()) return r.argv() + " timed out after " + Texts.human(r.duration()) + " and was killed";
        String out = r.combined().isBlank() ? "" : ": " + Texts.clip(r.combined().strip(), 300);
        return r.argv() + " exited " + r.exitCode() + out;
    }
}
