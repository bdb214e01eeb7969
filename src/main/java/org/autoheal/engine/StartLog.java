package org.autoheal.engine;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A timeline of one start, for measuring where a cold start's wall time goes (docs/performance.md,
 * session 12): with {@code -Dautoheal.startlog=true} each {@link #mark} records
 * {@code System.nanoTime()} (CLOCK_MONOTONIC on Linux, so it lines up with an outside poller of
 * /proc), the thread and what just happened, and the marks go to stderr at exit. Off, a mark is one
 * static boolean test. Each mark also carries the marking thread's CPU time so far (µs, from
 * {@code /proc/thread-self/schedstat}; -1 where that file does not exist), so a step's CPU is the
 * difference of two marks on one thread.
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
        if (ON) MARKS.add("startlog " + System.nanoTime() / 1000 + " " + Thread.currentThread().getName() + " cpu=" + threadCpuMicros()
                + " " + what);
    }

    private static long threadCpuMicros() {
        try {
            String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' '))) / 1000;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
