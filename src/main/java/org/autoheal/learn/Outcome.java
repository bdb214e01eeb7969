package org.autoheal.learn;

import java.time.Instant;
import java.util.Objects;
import org.autoheal.journal.HealOutcome;

/**
 * How one attempt of a strategy ended, for one (strategy rule, diagnosis cause). Only
 * {@code healed}, {@code failed} and {@code error} are evidence about the strategy; the pipeline
 * may hand in {@code refused}, {@code skipped} or {@code dry_run} and the store ignores them,
 * because nothing was tried.
 *
 * @param at       when the attempt ended
 * @param rule     name of the strategy rule that proposed it (the key the DRL salience reads)
 * @param cause    cause of the diagnosis it was proposed for
 * @param strategy strategy name, for display; may be null
 * @param outcome  healed, failed, error (evidence) or any other pipeline status (ignored)
 * @param incident journal id of the incident, for tracing back; may be null
 */
public record Outcome(Instant at, String rule, String cause, String strategy, String outcome, String incident) {
    public static final String HEALED = HealOutcome.HEALED.wire();
    public static final String FAILED = HealOutcome.FAILED.wire();
    public static final String ERROR = HealOutcome.ERROR.wire();

    public Outcome {
        Objects.requireNonNull(at, "outcome time");
        Objects.requireNonNull(rule, "outcome rule");
        Objects.requireNonNull(cause, "outcome cause");
        Objects.requireNonNull(outcome, "outcome status");
    }

    /** True for healed, failed and error: an attempt that ran and says something about the strategy. */
    public boolean isEvidence() {
        return HealOutcome.isEvidence(outcome);
    }

    public boolean healed() {
        return HealOutcome.HEALED.is(outcome);
    }
}
