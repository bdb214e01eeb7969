package org.autoheal.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A healing strategy a strategy rule proposes for a diagnosis. Rules only propose;
 * Java code approves, backs up, applies and verifies. The engine stamps the rule
 * and the effective salience of the activation that inserted it.
 */
public final class Proposal {
    private final String strategy;
    private final Diagnosis diagnosis;
    private final Map<String, String> params = new LinkedHashMap<>();
    private String rule;
    private int salience;
    private int sequence;      // firing order: the last tie-break, after the rule's and the diagnosis's place (RuleBase.rank)

    public Proposal(String strategy, Diagnosis diagnosis) {
        this.strategy = strategy;
        this.diagnosis = diagnosis;
    }

    public static Proposal of(String strategy, Diagnosis diagnosis) {
        return new Proposal(strategy, diagnosis);
    }

    /** Adds a parameter; null values are left out. */
    public Proposal with(String key, Object value) {
        if (value != null) params.put(key, String.valueOf(value));
        return this;
    }

    /** Copies every detail of the diagnosis as a parameter. */
    public Proposal withDetails() {
        diagnosis.getDetails().forEach(params::putIfAbsent);
        return this;
    }

    public String get(String key) { return params.get(key); }
    public String getStrategy() { return strategy; }
    public Diagnosis getDiagnosis() { return diagnosis; }
    public Map<String, String> getParams() { return params; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public int getSalience() { return salience; }
    public void setSalience(int salience) { this.salience = salience; }
    public int getSequence() { return sequence; }
    public void setSequence(int sequence) { this.sequence = sequence; }

    @Override
    public String toString() {
        return "Proposal[" + strategy + " " + params + " by '" + rule + "' @" + salience + "]";
    }
}
