package org.autoheal.engine;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A timeline of one start, for measuring where a cold start's wall time goes (docs/performance.md,
 * session 12): with {@code -Dautoheal.startlog=true} each {@link #mark} records
 * {@code System.nanoTime()} (CLOCK_MONOTONIC on Linux, so it lines up with an outside poller of
 * /proc), the thread and what just happened, and the marks go to stderr at exit. Off, a mark is one
 * static boolean test.
 */
public final class StartLog {
    private static final boolean ON = Boolean.getBoolean("autoheal.startlog");
    private static final ConcurrentLinkedQueue<String> MARKS = ON ? new ConcurrentLinkedQueue<>() : null;

    static {
        if (ON) Runtime.getRuntime().addShutdownHook(new Thread(() -> MARKS.forEach(System.err::println)));
    }

    private StartLog() {
    }

    public static void mark(String what) {
        if (ON) MARKS.add("startlog " + System.nanoTime() / 1000 + " " + Thread.currentThread().getName() + " " + what);
    }
}
