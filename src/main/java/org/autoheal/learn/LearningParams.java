package org.autoheal.learn;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Knobs of {@link LearnedSalience}: how fast old outcomes fade, how far learning may move a
 * rule's salience, and the instant ages are measured from (passed in, so the table is
 * deterministic and tests can run a simulated clock).
 */
public record LearningParams(Duration halfLife, int maxAdjustment, Instant now) {
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(30);
    public static final int DEFAULT_MAX_ADJUSTMENT = 50;
    static final int MAX_ADJUSTMENT_LIMIT = 10_000;

    public LearningParams {
        Objects.requireNonNull(halfLife, "learning half-life");
        Objects.requireNonNull(now, "learning clock (now)");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("learning half_life must be positive, got " + halfLife);
        }
        if (maxAdjustment < 0 || maxAdjustment > MAX_ADJUSTMENT_LIMIT) {
            throw new IllegalArgumentException("learning max_adjustment must be between 0 and "
                    + MAX_ADJUSTMENT_LIMIT + ", got " + maxAdjustment);
        }
    }

    /** Half-life 30 days, adjustment at most ±50. */
    public static LearningParams defaults(Instant now) {
        return new LearningParams(DEFAULT_HALF_LIFE, DEFAULT_MAX_ADJUSTMENT, now);
    }

    public LearningParams at(Instant when) {
        return new LearningParams(halfLife, maxAdjustment, when);
    }
}
