package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Threads that log while another binds SLF4J get substitute loggers, whose calls SLF4J replays later with a
 * warning on stderr; a start binds logging on the main thread while the rules thread runs, so both wait with
 * {@link LoggingBound#await()}. Checked in a fresh JVM, where logging is not bound yet.
 */
class LoggingBoundTest {
    /** A fresh JVM: eight threads released at once; each awaits the binding, then logs one warning. */
    public static void main(String[] args) throws Exception {
        boolean await = args[0].equals("await");
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (await) LoggingBound.await();
                LoggerFactory.getLogger("bound.test").warn("thread {} logged", n);
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) t.join();
    }

    private static String run(String mode) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LoggingBoundTest.class.getName(), mode)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void threadsThatAwaitTheBinding_logThroughTheBackend_withoutAReplayWarning() throws Exception {
        for (int round = 0; round < 3; round++) {
            String out = run("await");
            assertThat(out).doesNotContain("SLF4J");
            for (int i = 0; i < 8; i++) assertThat(out).contains("thread " + i + " logged");
        }
    }

    @Test
    void withoutIt_aThreadLoggingDuringTheBindingIsReplayedWithAWarning() throws Exception {
        // the hazard the class exists for: a control showing that the race is real in a fresh JVM
        boolean replayed = false;
        for (int round = 0; round < 5 && !replayed; round++) replayed = run("none").contains("SLF4J");
        assertThat(replayed).isTrue();
    }

    @Test
    void onceBound_itReturnsAtOnce() {
        LoggingBound.await();
        long start = System.nanoTime();
        LoggingBound.await();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(LoggerFactory.getILoggerFactory()).isNotInstanceOf(org.slf4j.helpers.SubstituteLoggerFactory.class);
    }
}
