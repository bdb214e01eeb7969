package org.autoheal.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One decision seen from outside the thread that runs it: its session (to halt it), the rule
 * whose consequence is firing now, and whether the decision was abandoned. An abandoned
 * decision's session is disposed, never pooled: its thread may still be inside it.
 */
final class DecisionWatch extends DefaultAgendaEventListener {
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String firing;
    private volatile String lastFired;
    private volatile Thread worker;
    private volatile long startCpu = -1; // the worker's CPU time when it started, ns; -1 when unknown
    private KieSession session; // guarded by this
    private boolean finished;   // guarded by this
    private volatile boolean abandoned; // written under this
    private boolean stuck;      // guarded by this

    /** Called by the thread that decides, as it starts. */
    void started(Thread thread) {
        worker = thread;
        startCpu = thread == Thread.currentThread() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Whether the machine, not the rules, is what keeps the decision from ending: its thread wants to run
     * ({@code RUNNABLE}, not sleeping or waiting) but has had less than {@code cpuNanos} of CPU since it started.
     */
    boolean starved(long cpuNanos) {
        Thread t = worker;
        long start = startCpu;
        if (t == null || start < 0 || t.getState() != Thread.State.RUNNABLE) return false;
        long now = THREADS.getThreadCpuTime(t.getId());
        return now >= 0 && now - start < cpuNanos;
    }

    /** Called by {@link RuleBase} with the session it took from the pool. */
    synchronized void attach(KieSession s) {
        session = s;
        s.addEventListener(this);
        if (abandoned) s.halt();
    }

    /** Called by {@link RuleBase} before it returns the session: true when the pool may keep it. */
    synchronized boolean finish() {
        finished = true;
        if (session != null) session.removeEventListener(this);
        session = null;
        return !abandoned;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = firing;
        firing = null;
    }

    /**
     * Gives the decision up: no more rules fire once the current one returns ({@code halt}), and a
     * rule waiting in {@code Thread.sleep} or on a lock is interrupted. Nothing can stop a rule that
     * spins without looking (Thread.stop is gone), so its thread may go on: see {@link #awaitEnd}.
     */
    synchronized void abandon() {
        if (finished) return;
        abandoned = true;
        if (session != null) session.halt();
        Thread t = worker;
        if (t != null) t.interrupt();
    }

    /** Called when the worker leaves the decision, however it left; true if it was counted stuck. */
    synchronized boolean ended() {
        ended.countDown();
        return stuck;
    }

    /** Marks the abandoned decision stuck unless its thread has left it meanwhile; true if marked. */
    synchronized boolean markStuck() {
        if (ended.getCount() == 0) return false;
        stuck = true;
        return true;
    }

    boolean wasAbandoned() {
        return abandoned;
    }

    /** True once the thread has left the decision. */
    boolean hasEnded() {
        return ended.getCount() == 0;
    }

    boolean awaitEnd(long millis) {
        try {
            return ended.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ended.getCount() == 0;
        }
    }

    /** The rule whose consequence runs now, or null (between firings, or in a condition). */
    String firing() {
        return firing;
    }

    String lastFired() {
        return lastFired;
    }

    /** Where the worker is now (empty before it started). */
    StackTraceElement[] stack() {
        Thread t = worker;
        return t == null ? new StackTraceElement[0] : t.getStackTrace();
    }
}
