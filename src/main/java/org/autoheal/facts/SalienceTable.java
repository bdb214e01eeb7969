package org.autoheal.facts;

/**
 * Learned salience adjustments, read by strategy rules through the global {@code learned}:
 * {@code salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )}.
 * The learner fills it from outcome statistics; the engine only reads it.
 */
@FunctionalInterface
public interface SalienceTable {
    SalienceTable NONE = (rule, cause) -> 0;

    int adjustment(String rule, String cause);
}
