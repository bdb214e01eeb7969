package org.autoheal.watch;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.autoheal.heal.Healer;

/**
 * The watch daemon's event lines without the ones that only repeat the last round: a watched
 * toolchain that ran clean again, or one still failing in a wait already journaled. Its
 * {@code run:} line is held until the next line shows whether anything happened. The first clean
 * run after a failure is news and is printed.
 */
final class RoundLog implements Consumer<String> {
    private final Consumer<String> out;
    private final Set<String> cleanLastTime = new HashSet<>();
    private String pendingRun; // "[tool] run: …", not printed yet
    private String pendingTool;

    RoundLog(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String line) {
        String tool = tool(line);
        String rest = tool == null ? line : line.substring(tool.length() + 3);
        if (tool != null && rest.startsWith(Healer.RUN)) {
            flush();
            pendingRun = line;
            pendingTool = tool;
            return;
        }
        boolean sameTool = tool != null && tool.equals(pendingTool);
        if (sameTool && rest.startsWith(Healer.STILL_FAILING)) {
            pendingRun = null;
            cleanLastTime.remove(tool);
            return;
        }
        if (sameTool && rest.equals(Healer.HEALTHY_RUN) && !cleanLastTime.add(tool)) {
            pendingRun = null;
            return;
        }
        if (tool != null && !rest.equals(Healer.HEALTHY_RUN)) cleanLastTime.remove(tool);
        flush();
        out.accept(line);
    }

    /** Prints a held {@code run:} line: something follows that is not a repeat. */
    synchronized void flush() {
        if (pendingRun != null) out.accept(pendingRun);
        pendingRun = null;
        pendingTool = null;
    }

    /** The toolchain name of a "[name] …" line, or null. */
    private static String tool(String line) {
        if (!line.startsWith("[")) return null;
        int end = line.indexOf("] ");
        return end < 0 ? null : line.substring(1, end);
    }
}
