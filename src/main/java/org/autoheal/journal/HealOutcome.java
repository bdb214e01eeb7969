package org.autoheal.journal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How an attempt or an incident ended (DESIGN §4), the one list of these words. The journal, the
 * repair report and the learning outcomes carry them as text ({@link #wire()}), so a line with a
 * word this version does not know still reads.
 */
public enum HealOutcome {
    /** The original error is gone (attempt, incident). */
    HEALED,
    /** Verification failed, rolled back (attempt, incident). */
    FAILED,
    /** Unsafe, nothing done (attempt; incident when every attempt was refused). */
    REFUSED,
    /** Not approved, or held back by flapping control (attempt). */
    SKIPPED,
    /** The strategy broke, rolled back (attempt). */
    ERROR,
    /** Planned only, {@code --dry-run} (attempt, incident). */
    DRY_RUN,
    /** No rule diagnosed the error (incident). */
    UNDIAGNOSED,
    /** Reported by another program and decided, nothing applied: the intake's diagnose-only mode (incident). */
    DIAGNOSED;

    /** Outcomes that say something about the strategy: it ran. Learning counts only these. */
    public static final Set<HealOutcome> EVIDENCE = EnumSet.of(HEALED, FAILED, ERROR);

    private final String wire = name().toLowerCase(Locale.ROOT);

    /** The word written in the journal, the report and the learning outcomes, e.g. {@code dry_run}. */
    public String wire() {
        return wire;
    }

    /** True when {@code text} is this outcome's word. */
    public boolean is(String text) {
        return wire.equals(text);
    }

    /** The outcome a word names; empty for a word this version does not know. */
    public static Optional<HealOutcome> of(String text) {
        for (HealOutcome o : values()) {
            if (o.is(text)) return Optional.of(o);
        }
        return Optional.empty();
    }

    /** True for {@code healed}, {@code failed} and {@code error}: an attempt that ran. */
    public static boolean isEvidence(String text) {
        return of(text).map(EVIDENCE::contains).orElse(false);
    }

    @Override
    public String toString() {
        return wire;
    }
}
