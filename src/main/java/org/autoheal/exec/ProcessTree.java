package org.autoheal.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kills a process together with every process it started: SIGTERM to all, a grace period,
 * then SIGKILL to the survivors. Descendants are collected before anything is signalled,
 * because a dead parent's children are re-parented and no longer show up as its descendants.
 */
public final class ProcessTree {

    private static final long POLL_MILLIS = 20;

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
        killNow(root, known, grace);
    }

    /** {@code root} and its descendants: SIGTERM, {@code grace}, then SIGKILL to the survivors. */
    public static void kill(ProcessHandle root, Duration grace) {
        killNow(root, java.util.List.of(), grace);
    }

    private static void killNow(ProcessHandle root, Collection<ProcessHandle> known, Duration grace) {
        Set<ProcessHandle> targets = withDescendants(root, known);
        targets.forEach(ProcessHandle::destroy);
        awaitGone(targets, grace);
        // survivors (ignoring SIGTERM) may have forked meanwhile: collect again before SIGKILL
        Set<ProcessHandle> survivors = withDescendants(root, alive(targets));
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitGone(survivors, grace);
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
        } catch (IOException e) {
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

    private static Set<ProcessHandle> alive(Set<ProcessHandle> processes) {
        return processes.stream().filter(p -> !isGone(p)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void awaitGone(Set<ProcessHandle> processes, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!alive(processes).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
