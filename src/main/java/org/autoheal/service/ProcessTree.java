package org.autoheal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Terminates a process and its descendants: SIGTERM to all, wait up to the grace period, then
 * SIGKILL to the survivors. Descendants are collected first because they are re-parented (and
 * no longer found) once their parent dies. ProcessHandle.destroy checks the start time, so a
 * pid reused meanwhile is not signalled.
 */
final class ProcessTree {
    private static final Duration POLL = Duration.ofMillis(25);
    private static final Duration AFTER_KILL = Duration.ofSeconds(2);

    /** What happened: how many processes were signalled, whether SIGKILL was needed, whether all are gone. */
    record Termination(int processes, boolean forced, boolean allGone) {
    }

    private ProcessTree() {
    }

    static Termination terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        boolean gone = awaitExit(tree, grace);
        boolean forced = false;
        if (!gone) {
            forced = true;
            tree.stream().filter(ProcessTree::running).forEach(ProcessHandle::destroyForcibly);
            gone = awaitExit(tree, AFTER_KILL);
        }
        return new Termination(tree.size(), forced, gone);
    }

    /** Waits until every process has exited or the time is up; true when all are gone. */
    static boolean awaitExit(List<ProcessHandle> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (processes.stream().anyMatch(ProcessTree::running)) {
            if (System.nanoTime() >= deadline) return false;
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie. The JDK counts a zombie as alive, and an orphan killed here may stay
     * a zombie for good when PID 1 does not reap (containers); it is dead for our purposes.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) return false;
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String s = Files.readString(stat);
            int close = s.lastIndexOf(')');
            return close < 0 || close + 2 >= s.length() || s.charAt(close + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive(); // no /proc (not Linux) or the process just went away
        }
    }
}
