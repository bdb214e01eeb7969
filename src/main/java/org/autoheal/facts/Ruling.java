package org.autoheal.facts;

/** A fact the evidence rules insert about other facts; the engine stamps the rule that inserted it. */
public abstract class Ruling {
    private String rule;

    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
}
