package org.autoheal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchLoopTest {
    @Test
    void aStopDuringARoundLetsItFinish_andNoRoundStartsAfter() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        List<String> log = new CopyOnWriteArrayList<>();
        WatchLoop loop = new WatchLoop(Duration.ofMillis(20), stopping -> {
            rounds.incrementAndGet();
            inRound.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            log.add("round ended, stopping=" + stopping.getAsBoolean());
        }, log::add, Clock.systemUTC());
        Thread t = new Thread(loop::run);
        t.start();
        assertThat(inRound.await(10, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        release.countDown();
        assertThat(loop.awaitStopped(Duration.ofSeconds(10))).isTrue();
        assertThat(rounds.get()).isEqualTo(1);
        assertThat(log).containsExactly("round ended, stopping=true");
    }

    @Test
    void aFailingRoundIsLogged_andTheLoopGoesOn() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        List<String> log = new CopyOnWriteArrayList<>();
        WatchLoop[] ref = new WatchLoop[1];
        ref[0] = new WatchLoop(Duration.ofMillis(10), stopping -> {
            if (rounds.incrementAndGet() == 3) ref[0].stop();
            throw new IllegalStateException("boom " + rounds.get());
        }, log::add, Clock.systemUTC());
        ref[0].run();
        assertThat(rounds.get()).isEqualTo(3);
        assertThat(log).hasSize(3).allMatch(l -> l.startsWith("round failed: java.lang.IllegalStateException: boom"));
    }
}
