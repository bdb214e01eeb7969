package org.autoheal.exec;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.exec.ProcessDestroyer;

/**
 * Enforces the timeout on a whole process tree. Commons Exec's own watchdog only destroys the
 * direct child, leaving a forked grandchild running (and holding the output pipes). The
 * executor hands us the {@link Process} through the {@link ProcessDestroyer} hook right after
 * it started, and takes it back when it is done; in between a daemon thread watches the clock
 * and keeps note of descendants, so that grandchildren orphaned before the timeout die too.
 */
final class TreeWatchdog implements ProcessDestroyer {

    private static final long SCAN_MILLIS = 200;

    private final Duration timeout;
    private final Duration killGrace;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();
    private Thread watcher;
    private volatile Process process;
    private volatile boolean finished;
    private volatile boolean timedOut;
    private volatile Integer exitCode;

    TreeWatchdog(Duration timeout, Duration killGrace) {
        this.timeout = timeout;
        this.killGrace = killGrace;
    }

    @Override
    public synchronized boolean add(Process started) {
        process = started;
        watcher = new Thread(this::watch, "autoheal-exec-watchdog-" + started.pid());
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }

    /** Called by the executor when the run is over (normally or not): waits for any kill in progress. */
    @Override
    public boolean remove(Process done) {
        Thread toJoin;
        synchronized (this) {
            finished = true;
            toJoin = watcher;
            notifyAll();
        }
        if (toJoin != null) {
            try {
                toJoin.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!done.isAlive()) {
            exitCode = done.exitValue();
        }
        return true;
    }

    @Override
    public synchronized int size() {
        return process == null || finished ? 0 : 1;
    }

    boolean started() { return process != null; }
    boolean timedOut() { return timedOut; }
    Integer exitCode() { return exitCode; }

    private void watch() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process target = process;
        synchronized (this) {
            while (!finished && target.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    timedOut = true;
                    break;
                }
                target.descendants().forEach(seen::add);
                try {
                    wait(Math.max(1, Math.min(SCAN_MILLIS, left / 1_000_000)));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        if (timedOut) {
            ProcessTree.kill(target.toHandle(), Set.copyOf(seen), killGrace);
        }
    }
}
