package org.autoheal.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a diagnosis rule concluded about an error: a cause and the details a strategy needs.
 * Inserted by DRL consequences; the engine stamps the rule that inserted it.
 */
public final class Diagnosis {
    private final String cause;
    private final ToolchainError error;
    private final Map<String, String> details = new LinkedHashMap<>();
    private String solution;   // set by custom patterns: the strategy their author named
    private String rule;
    private String standing;   // set when the decision is built: root, outranked (by the rule in standingRule)
    private String standingRule;

    public Diagnosis(String cause, ToolchainError error) {
        this.cause = cause;
        this.error = error;
    }

    public static Diagnosis of(String cause, ToolchainError error) {
        return new Diagnosis(cause, error);
    }

    /** Adds a detail; null values are left out so rules can pass optional fields directly. */
    public Diagnosis with(String key, Object value) {
        if (value != null) details.put(key, String.valueOf(value));
        return this;
    }

    /** Adds every entry of the map (named regex groups of a custom pattern). */
    public Diagnosis withAll(Map<String, String> values) {
        if (values != null) values.forEach(this::with);
        return this;
    }

    public Diagnosis solution(String strategy) {
        this.solution = strategy;
        return this;
    }

    public String get(String key) { return details.get(key); }
    public boolean has(String key) { return details.containsKey(key); }
    public String getCause() { return cause; }
    public ToolchainError getError() { return error; }
    public Map<String, String> getDetails() { return details; }
    public String getSolution() { return solution; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }

    /** {@code root}, or {@code outranked}; null for a fact no decision has ranked yet. */
    public String getStanding() { return standing; }
    public String getStandingRule() { return standingRule; }
    public void setStanding(String standing, String rule) {
        this.standing = standing;
        this.standingRule = rule;
    }

    @Override
    public String toString() {
        return "Diagnosis[" + cause + " " + details + "]";
    }
}
