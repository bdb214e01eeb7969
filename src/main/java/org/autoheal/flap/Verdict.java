package org.autoheal.flap;

import java.time.Instant;

/**
 * May a heal go ahead now? When not, {@code reason} says why in one line and {@code until} is
 * when it may (null while a breaker is open: that waits for a healthy toolchain or an operator).
 *
 * @param kind {@code allowed}, {@code backoff}, {@code window} or {@code breaker}
 */
public record Verdict(boolean allowed, String kind, String reason, Instant until) {
    public static final String ALLOWED = "allowed";
    public static final String BACKOFF = "backoff";
    public static final String WINDOW = "window";
    public static final String BREAKER = "breaker";

    static Verdict allow() {
        return new Verdict(true, ALLOWED, "allowed", null);
    }

    static Verdict deny(String kind, String reason, Instant until) {
        return new Verdict(false, kind, reason, until);
    }
}
