package org.autoheal.flap;

import java.time.Instant;

/**
 * May a heal go ahead now? When not, {@code reason} says why in one line and {@code until} is
 * when it may (null while a breaker is open: that waits for a healthy toolchain or an operator).
 *
 * @param kind     {@code allowed}, {@code backoff}, {@code window} or {@code breaker}
 * @param repeated the same wait as the last deferral of this tool and cause: already journaled
 */
record Verdict(boolean allowed, String kind, String reason, Instant until, boolean repeated) {
    public static final String ALLOWED = "allowed";
    public static final String BACKOFF = "backoff";
    public static final String WINDOW = "window";
    public static final String BREAKER = "breaker";

    static Verdict allow() {
        return new Verdict(true, ALLOWED, "allowed", null, false);
    }

    static Verdict deny(String kind, String reason, Instant until) {
        return new Verdict(false, kind, reason, until, false);
    }

    Verdict asRepeat() {
        return new Verdict(allowed, kind, reason, until, true);
    }
}
