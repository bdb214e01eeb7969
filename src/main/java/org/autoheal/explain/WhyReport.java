package org.autoheal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.autoheal.learn.Evidence;

/**
 * Why one incident went the way it did, from its journal records and the rule catalog: the
 * error as parsed, the rules that matched and fired, the ranked proposals with base + learned
 * salience and the evidence as it was at decision time, the strategy rules that did not match,
 * and each attempt through approval, plan, backups, verification and outcome.
 *
 * @param status      "finished", "interrupted" (opened, never finished) or "truncated" (final record cut down)
 * @param note        a sentence for the reader when the record is incomplete or the rules changed since; else null
 * @param error       the error fact as parsed (the journal's JSON of it); null when not recorded
 * @param learning    half-life, max adjustment and the instant the evidence was weighed at; null if not recorded
 * @param warnings    what the decision warned about (e.g. a custom pattern that ran past its time budget)
 * @param evidence    every error signal of the output as the journal kept it (DecisionJson.evidence): which won,
 *                    which lost or was dismissed, and the rule that decided it; an empty array for older incidents
 */
public record WhyReport(String incident, String tool, String at, String outcome, String status, String note,
                        JsonNode error, List<Diag> diagnoses, List<RuleRun> rules, List<Ranked> proposals,
                        List<NotMatched> notMatched, List<Tried> attempts, Map<String, String> learning,
                        String rulesVersion, String rulesVersionNow, List<String> warnings, JsonNode evidence) {

    /** A diagnosis; the first is the primary one that the strategies were proposed for. */
    public record Diag(String cause, String rule, String at, Map<String, String> details, Map<String, String> inferred,
                       List<String> waiting) {
    }

    /** One rule the engine matched: how often it matched and fired, why a match was cancelled. */
    public record RuleRun(String rule, String at, String kind, int matched, int fired, List<String> cancelled,
                          Integer salience, List<String> facts) {
        public boolean firedAtAll() {
            return fired > 0;
        }
    }

    /**
     * One ranked proposal. {@code learned} and {@code evidence} are the snapshot the journal kept
     * (null for incidents recorded before snapshots); {@code attempt} is the 1-based attempt that
     * tried it or null; {@code why} says in words why it was or was not tried first.
     */
    public record Ranked(int rank, String strategy, String rule, String at, String cause, Map<String, String> params,
                         int salience, Integer base, Integer learned, Evidence evidence, Integer attempt, String why) {
    }

    /** A strategy rule whose conditions did not match this incident's facts. */
    public record NotMatched(String rule, String at, String description, String when, boolean sameCause) {
    }

    /** One attempt, in order; {@code approval} and {@code verification} are said in words from the outcome. */
    public record Tried(int n, String strategy, String rule, String at, String cause, Map<String, String> params,
                        int salience, Integer base, Integer learned, Evidence evidence, String approval, String plan,
                        List<String> backups, String verification, String outcome, String detail, long millis) {
    }

    public Diag primary() {
        return diagnoses.isEmpty() ? null : diagnoses.get(0);
    }
}
