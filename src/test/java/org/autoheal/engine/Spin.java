package org.autoheal.engine;

/**
 * For rules under test that spin without looking at interrupts, as {@code while(true)} does, but
 * that the test can let go at the end: a forever-spinning thread would eat a core of this shared
 * machine for the rest of the test JVM.
 */
public final class Spin {
    private static volatile boolean released;

    private Spin() {
    }

    /** Spins until {@link #releaseAll}; ignores interrupts like a plain busy loop. */
    public static boolean forever() {
        long n = 0;
        while (!released) n++;
        return n >= 0;
    }

    /** Spins until this thread has had {@code millis} of CPU time (or until {@link #releaseAll}). */
    public static boolean cpu(long millis) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        while (!released && threads.getCurrentThreadCpuTime() < end) Thread.onSpinWait();
        return true;
    }

    public static void releaseAll() {
        released = true;
    }

    public static void arm() {
        released = false;
    }
}
