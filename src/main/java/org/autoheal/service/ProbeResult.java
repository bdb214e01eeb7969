package org.autoheal.service;

import java.time.Duration;

/** The answer of one probe: up or down, why (bounded, printable), and how long it took. */
public record ProbeResult(boolean up, String detail, Duration elapsed) {

    private static final int MAX_DETAIL = 500;

    public ProbeResult {
        detail = Texts.clip(detail, MAX_DETAIL);
    }

    static ProbeResult up(String detail, long startNanos) {
        return new ProbeResult(true, detail, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    static ProbeResult down(String detail, long startNanos) {
        return new ProbeResult(false, detail, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
