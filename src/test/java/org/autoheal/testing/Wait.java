package org.autoheal.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a condition every 20 ms until it holds or the limit passes (processes and sockets take their time). */
public final class Wait {
    /** How long {@link #value} and {@link #first} wait: generous, since a slow CI machine compiles rules slowly. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Wait() {
    }

    /** True as soon as {@code condition} holds; false after {@code limit} (or when interrupted). */
    public static boolean until(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Polls until {@code done} holds for what {@code probe} returns; fails naming {@code what} and the last value. */
    public static <T> T value(String what, Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        boolean held = until(() -> {
            last.set(probe.get());
            return done.test(last.get());
        }, PATIENCE);
        if (held) return last.get();
        if (Thread.currentThread().isInterrupted()) throw new AssertionError("interrupted while waiting for " + what);
        throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting for " + what + "; last: " + last.get());
    }

    /** The first element of {@code items} (a list others append to) after the first {@code skip} that satisfies {@code p}. */
    public static <T> T first(String what, List<T> items, int skip, Predicate<T> p) {
        return value(what, () -> items.stream().skip(skip).filter(p).findFirst().orElse(null), e -> e != null);
    }
}
