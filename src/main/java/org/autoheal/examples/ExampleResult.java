package org.autoheal.examples;

import java.util.List;
import java.util.Set;

/**
 * What running one example gave: the differences from its expectation (empty: it passed) and
 * the rules that fired for it (for coverage).
 */
public record ExampleResult(RuleExample example, List<String> differences, Set<String> fired) {
    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line per difference: {@code rules/x.examples.json: example "n": cause: expected a, got b}. */
    public List<String> lines() {
        return differences.stream().map(d -> example.where() + ": " + d).toList();
    }
}
