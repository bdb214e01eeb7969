package org.autoheal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.autoheal.testing.Tags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts kill whole process trees, and a background grandchild cannot make a run hang. */
@Tag(Tags.PROCESS)
class ProcessRunnerTimeoutTest {

    private final ProcessRunner runner = new ProcessRunner(Duration.ofMillis(500), Duration.ofSeconds(2));
    private final List<Long> pidsToReap = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void writeScripts() throws IOException {
        // ignores SIGTERM, prints its pid (then says so in a file), sleeps: only SIGKILL ends it
        Files.writeString(dir.resolve("stubborn.py"), """
                import os, signal, time
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                print(os.getpid(), flush=True)
                open('printed-%d' % os.getpid(), 'w').close()
                time.sleep(300)
                """);
        // starts a stubborn grandchild, waits until it printed its pid (a loaded machine may take longer to
        // start python than the sleep lasts), then sleeps for the given seconds
        Files.writeString(dir.resolve("spawn.py"), """
                import os, subprocess, sys, time
                child = subprocess.Popen([sys.executable, 'stubborn.py'])
                while not os.path.exists('printed-%d' % child.pid):
                    time.sleep(0.01)
                time.sleep(float(sys.argv[1]))
                print('spawner done', flush=True)
                """);
        // runs a spawner that exits soon (orphaning its child), then sleeps
        Files.writeString(dir.resolve("orphaning.py"), """
                import subprocess, sys, time
                subprocess.run([sys.executable, 'spawn.py', '0.8'])
                time.sleep(300)
                """);
    }

    @AfterEach
    void killLeftovers() {
        pidsToReap.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void whenTimeoutHits_thenChildAndForkedGrandchildAreKilled() {
        RunResult result = runner.run(RunSpec.of(dir, "python3", "spawn.py", "300").withTimeout(Duration.ofSeconds(3)));

        long grandchild = pidIn(result);
        assertThat(result.timedOut()).isTrue();
        assertThat(result.ok()).isFalse();
        assertThat(result.exitCode()).isNotNull();
        assertThat(result.startError()).isNull();
        assertThat(isDead(grandchild)).as("grandchild %d is dead", grandchild).isTrue();
        assertThat(result.pipesLeftOpen()).isFalse();
        assertThat(result.describe()).contains("timed out after").contains("killed with its child processes");
    }

    @Test
    void whenGrandchildWasOrphanedBeforeTimeout_thenItIsKilledToo() {
        RunResult result = runner.run(RunSpec.of(dir, "python3", "orphaning.py").withTimeout(Duration.ofSeconds(4)));

        long grandchild = pidIn(result);
        assertThat(result.stdout()).contains("spawner done");
        assertThat(result.timedOut()).isTrue();
        assertThat(isDead(grandchild)).as("orphaned grandchild %d is dead", grandchild).isTrue();
    }

    @Test
    void whenBackgroundChildHoldsThePipesAfterExit_thenWaitingIsBoundedAndReported() {
        RunResult result = runner.run(RunSpec.of(dir, "python3", "spawn.py", "1").withTimeout(Duration.ofSeconds(60)));

        long background = pidIn(result);
        assertThat(result.exitCode()).isZero();
        assertThat(result.timedOut()).isFalse();
        assertThat(result.pipesLeftOpen()).isTrue();
        assertThat(result.stdout()).contains("spawner done");
        assertThat(result.describe()).contains("kept its output open");
        // a normal exit leaves background processes alone (a toolchain may start a service)
        assertThat(isDead(background)).isFalse();
    }

    private long pidIn(RunResult result) {
        String first = result.stdout().strip().lines().findFirst().orElseThrow(
                () -> new AssertionError("no pid printed: " + result.describe()));
        long pid = Long.parseLong(first.strip());
        pidsToReap.add(pid);
        return pid;
    }

    /** Dead: no such process, or a zombie waiting for a reaper (PID 1 in a container may never reap). */
    private static boolean isDead(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) == 'Z';
        } catch (IOException e) {
            return true;
        }
    }
}
