package org.autoheal.learn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.autoheal.facts.SalienceTable;

/**
 * Salience adjustments learned from outcomes, one per (strategy rule, diagnosis cause).
 * Immutable data: the caller builds it and passes it in the {@code DecisionContext}; strategy
 * rules read it as {@code salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )}.
 *
 * <p>The formula (also in {@code docs/learning.md}, with a worked example):
 * <pre>
 *   w   = 0.5 ^ (age / halfLife)            weight of one outcome; age = now - at, at least 0
 *   s   = Σ w over healed outcomes
 *   f   = Σ w over failed and error outcomes
 *   p   = (s + 1) / (s + f + 2)             mean of the Beta(1,1) posterior: 0.5 without history
 *   n   = s + f                             weighted evidence
 *   adj = round( max · (2p − 1) · n / (n + k) ),  k = 2, clamped to ±max
 * </pre>
 * {@code 2p − 1} runs from −1 (always fails) to +1 (always heals); {@code n/(n+k)} is a
 * confidence ramp so one lucky attempt moves little and steady evidence moves up to
 * {@code max}. Zero without history; outcomes in the future (clock skew) weigh 1. Rounding is
 * half away from zero, so swapping successes and failures flips only the sign. Sums run over
 * the outcomes in a fixed order with {@link StrictMath}, so the same history and {@code now}
 * give the same table on any JVM.
 */
public final class LearnedSalience implements SalienceTable {
    /** Weighted outcomes at which the confidence ramp reaches one half. */
    public static final double CONFIDENCE_K = 2.0;
    private static final Comparator<Outcome> ORDER = Comparator.comparing(Outcome::at)
            .thenComparing(Outcome::outcome)
            .thenComparing(o -> Objects.toString(o.strategy(), ""))
            .thenComparing(o -> Objects.toString(o.incident(), ""));

    private final Map<String, Map<String, Evidence>> byRule;
    private final LearningParams params;

    private LearnedSalience(Map<String, Map<String, Evidence>> byRule, LearningParams params) {
        this.byRule = byRule;
        this.params = params;
    }

    /** Builds the table; outcomes that are not evidence (refused, skipped, dry_run) are ignored. */
    public static LearnedSalience from(Collection<Outcome> outcomes, LearningParams params) {
        Map<String, Map<String, List<Outcome>>> grouped = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!o.isEvidence()) continue;
            grouped.computeIfAbsent(o.rule(), r -> new TreeMap<>()).computeIfAbsent(o.cause(), c -> new ArrayList<>()).add(o);
        }
        Map<String, Map<String, Evidence>> byRule = new TreeMap<>();
        grouped.forEach((rule, causes) -> {
            Map<String, Evidence> perCause = new TreeMap<>();
            causes.forEach((cause, list) -> perCause.put(cause, evidence(rule, cause, list, params)));
            byRule.put(rule, Collections.unmodifiableMap(perCause));
        });
        return new LearnedSalience(Collections.unmodifiableMap(byRule), params);
    }

    private static Evidence evidence(String rule, String cause, List<Outcome> list, LearningParams params) {
        list.sort(ORDER);
        int successes = 0;
        int failures = 0;
        double s = 0;
        double f = 0;
        for (Outcome o : list) {
            double w = weight(o.at(), params.now(), params.halfLife());
            if (o.healed()) {
                successes++;
                s += w;
            } else {
                failures++;
                f += w;
            }
        }
        Outcome last = list.get(list.size() - 1);
        return new Evidence(rule, cause, successes, failures, s, f, posterior(s, f),
                adjustment(s, f, params.maxAdjustment()), last.at(), last.outcome());
    }

    static double weight(Instant at, Instant now, Duration halfLife) {
        double age = Math.max(0, seconds(Duration.between(at, now)));
        return StrictMath.pow(0.5, age / seconds(halfLife));
    }

    // seconds as a double: no overflow even for absurd timestamps in a damaged state file
    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    static double posterior(double s, double f) {
        return (s + 1) / (s + f + 2);
    }

    static int adjustment(double s, double f, int max) {
        double n = s + f;
        double raw = max * (2 * posterior(s, f) - 1) * (n / (n + CONFIDENCE_K));
        long rounded = Math.round(Math.abs(raw));
        int signed = (int) Math.min(max, raw < 0 ? -rounded : rounded);
        return Math.max(-max, signed);
    }

    @Override
    public int adjustment(String rule, String cause) {
        return evidence(rule, cause).adjustment();
    }

    /** The evidence for one pair; without history a zero record, never null. */
    public Evidence evidence(String rule, String cause) {
        Map<String, Evidence> perCause = rule == null ? null : byRule.get(rule);
        Evidence e = perCause == null || cause == null ? null : perCause.get(cause);
        return e == null ? Evidence.none(rule, cause) : e;
    }

    /** Every pair with history: rule name → cause → evidence, both sorted by name. */
    public Map<String, Map<String, Evidence>> byRule() {
        return byRule;
    }

    public LearningParams params() {
        return params;
    }
}
