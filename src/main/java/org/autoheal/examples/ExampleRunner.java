package org.autoheal.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.TraceEvent;
import org.autoheal.facts.CustomPattern;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;

/**
 * Decides each example's output with the rules under test (with the trace, under the decision
 * deadline) and compares the outcome with its expectation: only outputs (cause, details,
 * proposed strategies), never internal facts, so a rule may be rewritten freely while its examples hold.
 */
public final class ExampleRunner {
    private final RuleBase rules;
    /** The rules with each example home's custom patterns: most examples share the empty list. */
    private final Map<List<CustomPattern>, RuleBase> byPatterns = new HashMap<>();

    public ExampleRunner(RuleBase rules) {
        this.rules = rules;
    }

    public ExampleReport run(List<RuleExample> examples) {
        List<ExampleResult> results = new ArrayList<>();
        for (RuleExample e : examples) results.add(run(e));
        return new ExampleReport(results, rules.catalog());
    }

    public ExampleResult run(RuleExample example) {
        try (ExampleHome home = ExampleHome.of(example)) {
            RuleBase base = byPatterns.computeIfAbsent(home.config().patterns(), rules::withPatterns);
            Decision d = new DecisionDeadline(deadline(home.config().decisionTimeout())).decide(base, home.parse(example, base.tables().known()),
                    home.context(example), true);
            Set<String> fired = new LinkedHashSet<>();
            for (TraceEvent t : d.trace()) if (t.event().equals(TraceEvent.FIRED)) fired.add(t.rule());
            return new ExampleResult(example, differences(example.expect(), d), fired);
        } catch (ConfigException e) {
            return new ExampleResult(example, List.of("cannot run: " + e.getMessage()), Set.of());
        }
    }

    /**
     * Examples judge what the rules conclude, not how fast: a cold JVM's first decisions on a busy
     * machine can take longer than limits.decision_timeout, so they get at least {@link #MIN_DEADLINE}.
     * A rule that hangs still fails its example (with the deadline's warning).
     */
    static java.time.Duration deadline(java.time.Duration configured) {
        return configured.compareTo(MIN_DEADLINE) >= 0 ? configured : MIN_DEADLINE;
    }

    static final java.time.Duration MIN_DEADLINE = java.time.Duration.ofSeconds(30);

    static List<String> differences(RuleExample.Expectation want, Decision d) {
        List<String> out = new ArrayList<>();
        d.warnings().forEach(w -> out.add("warning: " + w));
        Diagnosis got = d.primary();
        String cause = got == null ? null : got.getCause();
        if (!Objects.equals(want.cause(), cause)) {
            out.add("cause: expected " + shown(want.cause()) + ", got " + shown(cause)
                    + (got == null ? "" : " (rule \"" + got.getRule() + "\")"));
        }
        Map<String, String> details = got == null ? Map.of() : got.getDetails();
        want.details().forEach((key, value) -> {
            String actual = details.get(key);
            if (!Objects.equals(value, actual)) {
                out.add("detail " + key + ": expected " + shown(value) + ", got " + shown(actual));
            }
        });
        List<String> proposed = d.proposals().stream().map(Proposal::getStrategy).distinct().toList();
        int from = 0; // each expected strategy is proposed after the one expected before it
        String previous = null;
        for (String strategy : want.proposals()) {
            int at = proposed.subList(Math.min(from, proposed.size()), proposed.size()).indexOf(strategy);
            if (at >= 0) from += at + 1;
            else if (proposed.contains(strategy)) out.add("proposal " + strategy + ": expected after " + previous + ", got " + listed(proposed));
            else out.add("proposal " + strategy + ": expected, got " + listed(proposed));
            previous = strategy;
        }
        for (String strategy : want.notProposals()) {
            if (proposed.contains(strategy)) out.add("proposal " + strategy + ": expected not proposed, got " + listed(proposed));
        }
        return out;
    }

    private static String shown(String s) {
        return s == null ? "none" : "'" + s + "'";
    }

    private static String listed(List<String> proposed) {
        return proposed.isEmpty() ? "no proposals" : "proposals " + proposed;
    }
}
