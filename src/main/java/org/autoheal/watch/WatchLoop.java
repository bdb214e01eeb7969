package org.autoheal.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The daemon's heartbeat: one round every interval until stopped. A stop request never cuts a
 * round short; the round sees {@code stopping} and ends after the heal in flight (which finishes
 * or rolls back), so SIGTERM leaves every file original or healed.
 */
public final class WatchLoop {
    /** One round of checks and heals; it should look at {@code stopping} between heals. */
    public interface Round {
        void run(BooleanSupplier stopping);
    }

    private final Duration interval;
    private final Round round;
    private final Consumer<String> events;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public WatchLoop(Duration interval, Round round, Consumer<String> events, Clock clock) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the interval must be positive");
        this.interval = interval;
        this.round = round;
        this.events = events;
        this.clock = clock;
    }

    /** Runs rounds until {@link #stop()}; returns after the last round ended. */
    public void run() {
        try {
            while (!stopping()) {
                Instant started = clock.instant();
                try {
                    round.run(this::stopping);
                } catch (RuntimeException e) {
                    events.accept("round failed: " + e + " (the next round runs as planned)");
                }
                Duration spent = Duration.between(started, clock.instant());
                long wait = interval.minus(spent).toMillis();
                if (wait > 0 && stop.await(wait, TimeUnit.MILLISECONDS)) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    public boolean stopping() {
        return stop.getCount() == 0;
    }

    /** Asks the loop to end after the round in flight. */
    public void stop() {
        stop.countDown();
    }

    /** Waits for the loop to end (for a signal handler that must not return early). */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
