package org.autoheal.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a diagnosis rule concluded about an error: a cause and the details a strategy needs.
 * Inserted by DRL consequences; the engine stamps the rule that inserted it.
 */
public final class Diagnosis {
    private final String cause;
    private final ToolchainError error;
    private final Map<String, String> details = new LinkedHashMap<>();
    private final Map<String, String> inferred = new LinkedHashMap<>();      // detail key -> where it came from
    private final Map<String, List<String>> ambiguous = new LinkedHashMap<>(); // detail key -> equal candidates
    private final List<MissingDetail> missing = new ArrayList<>();
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

    /** Fills a detail from an inference rule's winning candidate, remembering where it came from. */
    public Diagnosis infer(DetailCandidate c) {
        details.putAll(c.getFills());
        inferred.put(c.getKey(), c.getSource());
        return this;
    }

    /**
     * Several candidates fit equally: no guess. The details name the ambiguous detail and the
     * candidates ({@code ambiguous = json_file}, {@code candidates = a.json,b.json}).
     */
    public Diagnosis ambiguous(String key, Collection<?> candidates) {
        List<String> values = candidates.stream().map(String::valueOf).sorted().toList();
        ambiguous.put(key, values);
        details.put("ambiguous", String.join(",", ambiguous.keySet()));
        details.put("candidates", ambiguous.size() == 1 ? String.join(",", values)
                : String.join("; ", ambiguous.entrySet().stream().map(x -> x.getKey() + ": " + String.join(",", x.getValue())).toList()));
        return this;
    }

    /** The detail is known, was inferred, or was found ambiguous: inference rules leave it alone. */
    public boolean settled(String key) {
        return details.containsKey(key) || inferred.containsKey(key) || ambiguous.containsKey(key);
    }

    /** Records that {@code strategy} was not proposed because this diagnosis lacks {@code key}. */
    public Diagnosis waitsFor(String strategy, String key) {
        MissingDetail m = new MissingDetail(strategy, key, ambiguous.get(key));
        if (!missing.contains(m)) missing.add(m);
        return this;
    }

    public String get(String key) { return details.get(key); }
    public boolean has(String key) { return details.containsKey(key); }
    public String getCause() { return cause; }
    public ToolchainError getError() { return error; }
    public Map<String, String> getDetails() { return details; }
    public Map<String, String> getInferred() { return inferred; }
    public Map<String, List<String>> getAmbiguous() { return ambiguous; }
    public List<MissingDetail> getMissing() { return missing; }
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
