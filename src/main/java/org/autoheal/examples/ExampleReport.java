package org.autoheal.examples;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;

/** The results of running examples, and the rules that none of them fired (coverage). */
public record ExampleReport(List<ExampleResult> results, List<RuleInfo> unfired) {
    public ExampleReport(List<ExampleResult> results, RuleCatalog catalog) {
        this(List.copyOf(results), unfired(results, catalog));
    }

    public List<ExampleResult> failed() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    public boolean passed() {
        return failed().isEmpty();
    }

    /** Every failure line, in file and example order. */
    public List<String> failureLines() {
        return failed().stream().flatMap(r -> r.lines().stream()).toList();
    }

    /** {@code rules/x.drl:12: rule "Name" is fired by no example}: a warning, not an error. */
    public List<String> coverageWarnings() {
        return unfired.stream().map(r -> "warning: " + r.location() + ": rule \"" + r.name() + "\" is fired by no example "
                + "(add one to a rules/**/*.examples.json file)").toList();
    }

    private static List<RuleInfo> unfired(List<ExampleResult> results, RuleCatalog catalog) {
        Set<String> fired = new HashSet<>();
        results.forEach(r -> fired.addAll(r.fired()));
        return catalog.all().stream().filter(r -> !fired.contains(r.name())).toList();
    }
}
