package org.autoheal.strategy;

import java.time.Duration;

/** How the toolchain is re-run to verify a fix: attempts with bounded exponential backoff. */
public record Verification(int attempts, Duration firstDelay, Duration maxDelay) {
    public static final Verification RERUN_ONCE = new Verification(1, Duration.ZERO, Duration.ZERO);

    public Duration delayBefore(int attempt) {
        if (attempt <= 1) return Duration.ZERO;
        long ms = firstDelay.toMillis() << Math.min(attempt - 2, 20);
        return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
    }
}
