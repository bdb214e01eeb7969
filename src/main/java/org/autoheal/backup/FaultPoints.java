package org.autoheal.backup;

import java.util.HashMap;
import java.util.Map;

/**
 * Named points on the write path where the crash test kills AutoHeal (SIGKILL fault
 * injection). Off, and one field read, unless the system property {@code autoheal.faultpoint}
 * is set:
 * <ul>
 * <li>{@code trace}: print every point reached to stderr and go on;</li>
 * <li>{@code NAME#N}: on the N-th time point NAME is reached, print it and wait to be killed;</li>
 * <li>{@code NAME#N+mark}: print it and go on, so the test kills at a moment after it.</li>
 * </ul>
 * The marker line is {@code autoheal-faultpoint NAME#N}.
 */
public final class FaultPoints {
    public static final String PROPERTY = "autoheal.faultpoint";
    public static final String MARKER = "autoheal-faultpoint ";
    private static final String SPEC = System.getProperty(PROPERTY);
    private static final long MAX_WAIT_MS = 120_000;
    private static final Map<String, Integer> REACHED = new HashMap<>();

    private static volatile java.util.function.Consumer<String> hook;

    private FaultPoints() {
    }

    /**
     * In-process tests: {@code action} runs at every point reached (null removes it), e.g. to swap a
     * folder for a symbolic link between a check and the act that follows.
     */
    public static void hook(java.util.function.Consumer<String> action) {
        hook = action;
    }

    /** Marks a point; with the property unset and no hook this does nothing. */
    public static void reach(String name) {
        java.util.function.Consumer<String> h = hook;
        if (h != null) h.accept(name);
        if (SPEC == null) return;
        String hit;
        synchronized (REACHED) {
            hit = name + "#" + REACHED.merge(name, 1, Integer::sum);
        }
        boolean trace = SPEC.equals("trace");
        boolean mark = SPEC.equals(hit + "+mark");
        if (!trace && !mark && !SPEC.equals(hit)) return;
        System.err.println(MARKER + hit);
        System.err.flush();
        if (trace || mark) return;
        long end = System.currentTimeMillis() + MAX_WAIT_MS;
        while (System.currentTimeMillis() < end) { // the test kills us here; if it does not, go on
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
