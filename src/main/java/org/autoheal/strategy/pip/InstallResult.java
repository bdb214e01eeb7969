package org.autoheal.strategy.pip;

import java.nio.file.Path;
import java.util.List;

/**
 * What one pip run did. {@code exitCode} is -1 when the interpreter could not be
 * started; {@code outputTail} holds the end of stdout and stderr together, bounded.
 */
public record InstallResult(String distribution, List<String> command, Path workdir,
                            int exitCode, boolean timedOut, String outputTail) {

    public InstallResult {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** One line for reports: what ran, where, and how it ended. */
    public String summary() {
        String how = timedOut ? "timed out" : exitCode == -1 ? "could not start" : "exited " + exitCode;
        String last = lastLine(outputTail);
        return "pip install " + distribution + " in " + workdir + " " + how + (last.isEmpty() ? "" : ": " + last);
    }

    static String lastLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.lastIndexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(nl + 1).strip();
    }
}
