package org.autoheal.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kills a process together with every process it started: SIGTERM to all, a grace period,
 * then SIGKILL to the survivors. Descendants are collected before anything is signalled,
 * because a dead parent's children are re-parented and no longer show up as its descendants.
 * ProcessHandle.destroy checks the start time, so a pid reused meanwhile is not signalled.
 * The one tree killer: timeouts of attached and detached runs, service stops and recovery.
 */
public final class ProcessTree {

    private static final long POLL_MILLIS = 20;

    /** What happened: how many processes were signalled, whether SIGKILL was needed, whether all are gone. */
    public record Termination(int processes, boolean forced, boolean allGone) {
    }

    private ProcessTree() {
    }

    /** The process and its live descendants at this moment. */
    static Set<ProcessHandle> snapshot(ProcessHandle root) {
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /**
     * Terminates {@code root}, its current descendants and the {@code known} processes seen
     * earlier (grandchildren whose parent already exited). Returns once all are gone or after
     * about twice the grace period.
     */
    static void kill(ProcessHandle root, Collection<ProcessHandle> known, Duration grace) {
        terminate(root, known, grace, grace);
    }

    /** {@code root} and its descendants: SIGTERM, {@code grace}, then SIGKILL to the survivors. */
    public static void kill(ProcessHandle root, Duration grace) {
        terminate(root, List.of(), grace, grace);
    }

    /** As {@link #kill(ProcessHandle, Duration)}, waiting up to {@code afterKill} for SIGKILL to take, and saying how it went. */
    public static Termination terminate(ProcessHandle root, Duration grace, Duration afterKill) {
        return terminate(root, List.of(), grace, afterKill);
    }

    private static Termination terminate(ProcessHandle root, Collection<ProcessHandle> known, Duration grace, Duration afterKill) {
        Set<ProcessHandle> targets = withDescendants(root, known);
        targets.forEach(ProcessHandle::destroy);
        if (awaitGone(targets, grace)) {
            return new Termination(targets.size(), false, true);
        }
        // survivors (ignoring SIGTERM) may have forked meanwhile: collect again before SIGKILL
        Set<ProcessHandle> survivors = withDescendants(root, alive(targets));
        survivors.forEach(ProcessHandle::destroyForcibly);
        return new Termination(targets.size(), true, awaitGone(survivors, afterKill));
    }

    /** Waits until every process has exited or the time is up; true when all are gone. */
    public static boolean awaitExit(Collection<ProcessHandle> processes, Duration limit) {
        return awaitGone(processes, limit);
    }

    /**
     * Alive and not a zombie. The JDK counts a zombie as alive, and an orphan killed here may stay
     * a zombie for good when PID 1 does not reap (containers); it is dead for our purposes.
     */
    public static boolean isRunning(ProcessHandle process) {
        return !isGone(process);
    }

    /** Gone means exited; a zombie nobody reaps (PID 1 in a container may not) counts as gone. */
    static boolean isGone(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return !process.isAlive(); // no /proc (not Linux) or it vanished meanwhile
        }
    }

    private static Set<ProcessHandle> withDescendants(ProcessHandle root, Collection<ProcessHandle> known) {
        Set<ProcessHandle> all = new LinkedHashSet<>(snapshot(root));
        for (ProcessHandle process : known) {
            if (!isGone(process)) {
                all.addAll(snapshot(process));
            }
        }
        all.removeIf(p -> p.pid() == ProcessHandle.current().pid());
        return all;
    }

    private static Set<ProcessHandle> alive(Collection<ProcessHandle> processes) {
        return processes.stream().filter(p -> !isGone(p)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** True when all are gone before the time is up. */
    private static boolean awaitGone(Collection<ProcessHandle> processes, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!alive(processes).isEmpty()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
