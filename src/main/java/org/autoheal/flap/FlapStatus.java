package org.autoheal.flap;

import java.time.Instant;
import java.util.List;

/**
 * Flapping control of one toolchain as of a moment, for {@code health} and the watch daemon.
 *
 * @param needsAttention   the breaker is open: no heals until the toolchain is seen healthy or reset
 * @param breakerOpenedAt  when it opened (null when closed)
 * @param breakerCause     the cause whose failed heals opened it (null when closed)
 * @param healsInWindow    heals started within the window ending now
 * @param healthySince     start of the current healthy period, or null
 * @param windowFullUntil  the window is full: no heal before then; null when a heal may start
 */
public record FlapStatus(String tool, boolean needsAttention, Instant breakerOpenedAt, String breakerCause,
                         int healsInWindow, int maxHealsPerWindow, Instant healthySince, List<CauseStatus> causes,
                         Instant windowFullUntil) {

    public FlapStatus {
        causes = List.copyOf(causes);
    }

    /**
     * @param failures     consecutive failed heals of this cause
     * @param backoffUntil no heal of this cause before then; null when none is pending
     */
    public record CauseStatus(String cause, int failures, Instant lastFailure, Instant backoffUntil) {
    }

    /** Nothing to report: closed breaker, no failures, no heals in the window. */
    public boolean quiet() {
        return !needsAttention && healsInWindow == 0 && causes.stream().allMatch(c -> c.failures() == 0);
    }
}
