package org.autoheal.engine;

/**
 * A rule whose consequence threw, inserted into the session by {@link RuleFailureHandler} so the
 * decision reports it as a warning while the other rules go on firing.
 */
public final class RuleFailure {
    private final String rule;
    private final Throwable cause;

    RuleFailure(String rule, Throwable cause) {
        this.rule = rule;
        this.cause = cause;
    }

    public String getRule() { return rule; }
    public Throwable getCause() { return cause; }
}
