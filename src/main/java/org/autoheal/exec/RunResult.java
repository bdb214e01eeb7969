package org.autoheal.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What happened when a command ran. A process that could not start is a result too
 * ({@code exitCode == null}, {@code startError} set): for AutoHeal it is an error to heal.
 *
 * @param exitCode      the exit value; null if the process never started. Killed processes report 128+signal.
 * @param combined      stdout and stderr interleaved in the order received (bounded like each stream)
 * @param timedOut      the timeout hit and the whole process tree was killed
 * @param startError    why the process could not start, e.g. {@code Cannot run program "./x" (in directory
 *                      "/w"): error=13, Permission denied}; null if it started
 * @param pipesLeftOpen the process exited but a background descendant kept its output pipes open,
 *                      so reading stopped after a grace period and the output may be incomplete
 */
public record RunResult(List<String> argv, Path workdir, Integer exitCode, String stdout, String stderr,
                        String combined, boolean timedOut, String startError, Duration duration,
                        boolean pipesLeftOpen) {

    private static final int HEAD_CHARS = 1000;
    private static final int TAIL_CHARS = 2000;
    private static final int ARG_CHARS = 200;
    private static final int SHORT_TAIL_CHARS = 200;

    public RunResult {
        argv = List.copyOf(argv);
    }

    /** Started, did not time out and exited with 0. */
    public boolean ok() {
        return startError == null && !timedOut && exitCode != null && exitCode == 0;
    }

    /** One readable paragraph: command, folder, what happened, and the head and tail of the output. */
    public String describe() {
        StringBuilder text = new StringBuilder("Command ").append(commandLine())
                .append(" in folder ").append(workdir).append(' ');
        if (startError != null) {
            return text.append("could not start: ").append(startError).toString();
        }
        if (timedOut) {
            text.append("timed out after ").append(seconds(duration))
                    .append(" and was killed with its child processes (exit value ").append(exitCode).append(')');
        } else {
            text.append("exited with ").append(exitCode).append(" after ").append(seconds(duration));
        }
        if (pipesLeftOpen) {
            text.append("; a background process kept its output open, so the output may be incomplete");
        }
        if (combined.isEmpty()) {
            return text.append(", no output").toString();
        }
        return text.append(", output:\n").append(excerpt(combined)).toString();
    }

    /**
     * What a script printed after the last {@code mark} on stdout, up to the end of that line: the
     * answer of a fixed script (toolchain probes) that marks its result line. Empty without a mark.
     */
    public Optional<String> markedLine(String mark) {
        int at = stdout.lastIndexOf(mark);
        return at < 0 ? Optional.empty() : Optional.of(stdout.substring(at + mark.length()).lines().findFirst().orElse(""));
    }

    /** Why a run gave no answer, in a few words: it could not start, it timed out, or its exit value and last output. */
    public String shortFailure() {
        if (startError != null) return "it could not start (" + startError + ")";
        if (timedOut) return "timed out";
        String tail = combined.strip();
        tail = tail.length() > SHORT_TAIL_CHARS ? tail.substring(tail.length() - SHORT_TAIL_CHARS) : tail;
        return "exit " + exitCode + (tail.isEmpty() ? "" : ": " + tail);
    }

    /** The argv as one line, arguments quoted where needed; for humans only, never for a shell. */
    public String commandLine() {
        return argv.stream().map(RunResult::displayArg).collect(Collectors.joining(" ", "[", "]"));
    }

    static String excerpt(String output) {
        if (output.length() <= HEAD_CHARS + TAIL_CHARS) {
            return output;
        }
        int omitted = output.length() - HEAD_CHARS - TAIL_CHARS;
        return output.substring(0, HEAD_CHARS) + "\n… " + omitted + " characters not shown …\n"
                + output.substring(output.length() - TAIL_CHARS);
    }

    private static String displayArg(String arg) {
        String shown = arg.length() > ARG_CHARS ? arg.substring(0, ARG_CHARS) + "…" : arg;
        if (!shown.isEmpty() && shown.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,+@%".indexOf(c) >= 0)) {
            return shown;
        }
        return "'" + shown.replace("'", "'\\''").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
