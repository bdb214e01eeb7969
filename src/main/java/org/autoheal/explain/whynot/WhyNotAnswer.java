package org.autoheal.explain.whynot;

import java.util.List;
import java.util.Map;

/**
 * Why one rule did or did not fire on one error.
 *
 * @param verdict    "fired", "not_matched" (a condition failed), "cancelled" (matched, then its match was
 *                   cancelled), "held_not_fired" (every condition holds on the final facts, yet it did not fire)
 *                   or "not_analysed" (its source could not be read)
 * @param summary    one line, e.g. {@code Malformed JSON file: `jsonFile != null` failed (jsonFile = null)}
 * @param conditions each step in order with its status
 * @param progress   how many steps held before the first failure (ranks the closest rules)
 */
public record WhyNotAnswer(String rule, String at, String kind, String verdict, String summary, List<Check> conditions,
                           int progress, List<String> warnings) {

    /**
     * One step: a constraint of a pattern (or the pattern's type alone, or a whole condition).
     *
     * @param status     "held", "failed" or "not_reached"
     * @param partByPart false for a condition checked whole ({@code note} says why)
     * @param facts      for a failed step: the candidate facts (or the facts that block a {@code not}) with the values read
     * @param candidates how many candidate facts there were (facts may show fewer)
     */
    public record Check(String text, int line, String status, boolean partByPart, String note, List<FactShown> facts,
                        int candidates) {
    }

    /** A fact as the failed step saw it: its type and the values the constraint read. */
    public record FactShown(String type, Map<String, String> values) {
    }

    public boolean fired() {
        return verdict.equals("fired");
    }
}
