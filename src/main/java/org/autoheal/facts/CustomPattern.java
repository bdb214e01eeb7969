package org.autoheal.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's error pattern from {@code config/autoheal_patterns.json}, as a fact that the one
 * generic "Custom pattern" rule matches. Named groups of the regex become diagnosis details.
 * Matching is bounded in time so a catastrophic regex cannot hang the engine.
 */
public final class CustomPattern {
    public static final long DEFAULT_BUDGET_NANOS = 100_000_000L;
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final String name;
    private final Pattern regex;
    private final String solution;
    private final String description;
    private final List<String> groupNames;
    private final long budgetNanos;

    public CustomPattern(String name, Pattern regex, String solution, String description, long budgetNanos) {
        this.name = name;
        this.regex = regex;
        this.solution = solution;
        this.description = description;
        this.budgetNanos = budgetNanos;
        this.groupNames = GROUP_NAME.matcher(regex.pattern()).results().map(m -> m.group(1)).toList();
    }

    /** True when the regex finds a match in the error's raw text within the time budget. */
    public boolean matches(ToolchainError error) {
        return find(error) != null;
    }

    /** Named groups of the first match, empty when the pattern has none; null when it does not match. */
    public Map<String, String> groups(ToolchainError error) {
        Matcher m = find(error);
        if (m == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        for (String g : groupNames) {
            String v = m.group(g);
            if (v != null) out.put(g, v);
        }
        return out;
    }

    private Matcher find(ToolchainError error) {
        Matcher m = regex.matcher(new DeadlineCharSequence(error.getRaw(), System.nanoTime() + budgetNanos, name));
        return m.find() ? m : null;
    }

    public String getName() { return name; }
    public Pattern getRegex() { return regex; }
    public String getSolution() { return solution; }
    public String getDescription() { return description; }

    @Override
    public String toString() {
        return "CustomPattern[" + name + " → " + solution + "]";
    }
}
