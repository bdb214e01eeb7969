package org.autoheal.engine;

/**
 * What the rule base knows about one rule: where it is written and its declared base salience.
 * {@code kind} is "diagnosis" or "strategy" from the rule's {@code @kind(...)} metadata, else
 * guessed from what its consequence inserts.
 */
public record RuleInfo(String name, String file, int line, int baseSalience, String kind, String description) {
    public String location() {
        return file + ":" + line;
    }
}
