package org.autoheal.service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Probes with exponential backoff (50 ms doubling, capped at 250 ms) until the service is up or its
 * ready timeout passes. The cap is low because a loopback probe is cheap and every step of backoff
 * is added to the restart time: with a 1 s cap a server up after 700 ms was seen after 1550 ms. Between probes it asks whether the managed process died, so a service
 * that crashes on startup fails fast instead of after the whole timeout.
 */
final class ReadinessWaiter {
    private static final Duration FIRST_DELAY = Duration.ofMillis(50);
    private static final Duration MAX_DELAY = Duration.ofMillis(250);
    private static final Duration MAX_PROBE_TIME = Duration.ofSeconds(2);
    private static final Duration MIN_PROBE_TIME = Duration.ofMillis(100);

    private ReadinessWaiter() {
    }

    /**
     * @param died     empty while the process lives (or nothing is managed); else why it is gone
     * @param afterFailure text appended to a failure message, e.g. the service's log tail
     */
    static Ready await(String service, Probe probe, Duration timeout, Supplier<Optional<String>> died,
                       Supplier<String> afterFailure) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        Duration delay = FIRST_DELAY;
        int attempts = 0;
        while (true) {
            Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
            Duration probeTime = min(MAX_PROBE_TIME, remaining.compareTo(MIN_PROBE_TIME) < 0 ? MIN_PROBE_TIME : remaining);
            ProbeResult result = probe.check(probeTime);
            attempts++;
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            if (result.up()) return new Ready(elapsed, attempts, result);
            Optional<String> death = died.get();
            if (death.isPresent()) {
                throw new ServiceException("service '" + service + "' " + death.get() + " before its probe ("
                        + probe.target() + ") answered; last probe: " + result.detail() + afterFailure.get());
            }
            remaining = Duration.ofNanos(deadline - System.nanoTime());
            if (remaining.isNegative() || remaining.isZero()) {
                throw new ServiceException("service '" + service + "' not ready after " + Texts.human(timeout)
                        + " (" + attempts + " probes of " + probe.target() + "); last probe: " + result.detail()
                        + afterFailure.get() + "\nCheck the start command and probe in config/toolchains.json,"
                        + " or raise ready_timeout if the service is just slow to start.");
            }
            sleep(min(delay, remaining));
            delay = min(delay.multipliedBy(2), MAX_DELAY);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("interrupted while waiting for a service to become ready");
        }
    }
}
