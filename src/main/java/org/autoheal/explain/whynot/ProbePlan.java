package org.autoheal.explain.whynot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.engine.ProbeRun;
import org.autoheal.explain.whynot.RuleConditions.Condition;

/**
 * The probe rules that take a rule apart: for each step, a rule with the conditions before it and
 * the step's own pattern with its first k constraints (k = 0: any fact of the type). The first step
 * whose probe matches nothing is the condition that failed; the matches of the step before it are
 * the candidate facts, with the values the failed constraint was evaluated on. For a {@code not},
 * one more probe with the pattern made positive finds the facts that block it.
 */
final class ProbePlan {
    /** {@code constraints}: -1 for a condition checked whole, 0 for "a fact of this type exists", k for the first k constraints. */
    record Step(int condition, int constraints, String text, int line) {
    }

    record Target(String rule, String file, RuleConditions conditions, List<Step> steps) {
    }

    static final String SUFFIX = "#why-not-probes";
    static final String BINDING = "$__autoheal_p";
    static final String BLOCKER = "$__autoheal_blocker";

    private final List<Target> targets = new ArrayList<>();
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private final Map<String, java.util.TreeMap<Integer, Integer>> targetAtLine = new LinkedHashMap<>();

    /** Adds a rule to take apart; returns its index. */
    int add(String rule, String file, RuleConditions c) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < c.conditions().size(); i++) {
            Condition cond = c.conditions().get(i);
            if (!cond.partByPart()) {
                steps.add(new Step(i, -1, cond.text(), cond.line()));
                continue;
            }
            steps.add(new Step(i, 0, cond.type() + "()", cond.line()));
            for (int k = 1; k <= cond.constraints().size(); k++) steps.add(new Step(i, k, cond.constraints().get(k - 1), cond.lines().get(k - 1)));
        }
        int t = targets.size();
        Target target = new Target(rule, file, c, List.copyOf(steps));
        targets.add(target);
        StringBuilder drl = files.computeIfAbsent(file, f -> new StringBuilder(c.header())
                .append(c.dialect() == null ? "" : "dialect \"" + c.dialect().replace("\"", "") + "\"\n"));
        targetAtLine.computeIfAbsent(file, f -> new java.util.TreeMap<>()).put(drl.toString().split("\n", -1).length, t);
        for (int s = 0; s < steps.size(); s++) probe(drl, stepName(t, s), c, steps.get(s));
        for (int i = 0; i < c.conditions().size(); i++) {
            String negated = c.conditions().get(i).negated();
            if (negated != null) probe(drl, blockerName(t, i), c.conditions().subList(0, i), positive(negated));
        }
        return t;
    }

    Target target(int t) {
        return targets.get(t);
    }

    int size() {
        return targets.size();
    }

    /** Probe file name (beside the rule's own file, so errors name it) → DRL text. */
    Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((file, drl) -> out.put(file + SUFFIX, drl.toString()));
        return out;
    }

    /** The rule whose probes are at {@code line} of a probe file (to set aside a rule whose probes do not compile), or -1. */
    int targetAt(String probeFile, int line) {
        String file = probeFile.endsWith(SUFFIX) ? probeFile.substring(0, probeFile.length() - SUFFIX.length()) : null;
        var lines = file == null ? null : targetAtLine.get(file);
        var at = lines == null ? null : lines.floorEntry(line);
        return at == null ? -1 : at.getValue();
    }

    static String stepName(int target, int step) {
        return ProbeRun.PREFIX + target + "#" + step;
    }

    static String blockerName(int target, int condition) {
        return ProbeRun.PREFIX + target + "#not" + condition;
    }

    /** The variable a step's pattern is bound to in its probe. */
    static String binding(Condition c, int condition) {
        return c.id() != null ? c.id() : BINDING + condition;
    }

    private static void probe(StringBuilder drl, String name, RuleConditions c, Step step) {
        Condition own = c.conditions().get(step.condition());
        String last = step.constraints() < 0 ? own.text()
                : binding(own, step.condition()) + " : " + own.type() + "( "
                  + String.join(", ", own.constraints().subList(0, step.constraints())) + " )";
        probe(drl, name, c.conditions().subList(0, step.condition()), last);
    }

    private static void probe(StringBuilder drl, String name, List<Condition> before, String last) {
        drl.append("\nrule \"").append(name).append("\"\n    salience ").append(ProbeRun.PROBE_SALIENCE)
                .append("\n    agenda-group \"").append(ProbeRun.PROBE_GROUP).append("\"\nwhen\n");
        for (Condition b : before) drl.append("    ").append(b.text()).append('\n');
        drl.append("    ").append(last).append("\nthen\nend\n");
    }

    /** The pattern inside a {@code not}, bound so that its blocking facts come back. */
    private static String positive(String pattern) {
        return pattern.matches("(?s)\\s*\\$[\\w$]+\\s*:.*") ? pattern : BLOCKER + " : " + pattern;
    }
}
