package org.autoheal.heal;

import java.util.Objects;
import org.autoheal.facts.ToolchainError;

/**
 * Whether an applied fix healed (DESIGN §1, verify): the one place this is decided. Healed means
 * the toolchain passes when run again, or it still fails but none of the re-run's signals is the
 * original error (the fix worked and revealed the next problem, which the next incident takes
 * on). Otherwise the fix did not heal and is rolled back.
 */
enum HealVerdict {
    /** The re-run passes. */
    PASSES,
    /** The re-run fails, but not with the original error: healed; the new error is the next incident. */
    ORIGINAL_ERROR_GONE,
    /** A signal of the re-run is the original error: not healed, rolled back. */
    ORIGINAL_ERROR_REMAINS;

    /** How an attempt's journaled detail says {@link #ORIGINAL_ERROR_GONE}: {@code "<done>; the original error is gone, next: <error>"}. */
    public static final String GONE_DETAIL = "; the original error is gone, next: ";
    /** How an attempt's journaled detail says {@link #ORIGINAL_ERROR_REMAINS}: {@code "<done>; verification failed: <error>"}. */
    public static final String REMAINS_DETAIL = "; verification failed: ";

    /** What {@code why} and the docs can quote. */
    public static final String RULE = "healed: the toolchain passes when run again, or none of its new error signals is the"
            + " original error (same exception type, message, file and line)";

    /**
     * @param original the root cause the fix was chosen for
     * @param rerun    the parsed failure of the verification run; null when it passed
     */
    public static HealVerdict of(ToolchainError original, ToolchainError rerun) {
        if (rerun == null) return PASSES;
        return rerun.getEvidence().stream().anyMatch(s -> sameError(original, s)) ? ORIGINAL_ERROR_REMAINS : ORIGINAL_ERROR_GONE;
    }

    public boolean healed() {
        return this != ORIGINAL_ERROR_REMAINS;
    }

    /** Same failure again: same exception type and message, or same text when there is no type, at the same file and line. */
    static boolean sameError(ToolchainError a, ToolchainError b) {
        return Objects.equals(a.getType(), b.getType()) && Objects.equals(a.getMessage(), b.getMessage())
                && Objects.equals(a.getFile(), b.getFile()) && Objects.equals(a.getLine(), b.getLine());
    }
}
