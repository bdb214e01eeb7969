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

    /**
     * The line that best says what happened: pip's last "ERROR:" line when there is one
     * (stderr and stdout interleave, so it need not be the very last), else the last line.
     */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("ERROR:")) return lines[i].strip();
        }
        return lines[lines.length - 1].strip();
    }
}
