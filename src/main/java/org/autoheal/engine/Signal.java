package org.autoheal.engine;

import org.autoheal.facts.ToolchainError;

/**
 * One error signal of the output and how the rules judged it: {@code won} (its diagnosis is the
 * root cause), {@code lost} (diagnosed, outranked by the root), {@code dismissed} (not a cause at
 * all) or {@code undiagnosed}. {@code rule} is the rule that decided it, {@code cause} the cause a
 * diagnosis rule gave it, {@code winner} the index of the signal it lost to.
 */
public record Signal(ToolchainError fact, String status, String cause, String diagnosedBy, String rule, Integer winner,
                     String reason) {
    public static final String WON = "won";
    public static final String LOST = "lost";
    public static final String DISMISSED = "dismissed";
    public static final String UNDIAGNOSED = "undiagnosed";
}
