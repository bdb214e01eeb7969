package org.autoheal.explain.whynot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.ProbeRun;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.RuleProblem;
import org.autoheal.explain.whynot.ProbePlan.Step;
import org.autoheal.explain.whynot.ProbePlan.Target;
import org.autoheal.explain.whynot.RuleConditions.Condition;
import org.autoheal.explain.whynot.WhyNotAnswer.Check;
import org.autoheal.explain.whynot.WhyNotAnswer.FactShown;
import org.autoheal.facts.ToolchainError;

/**
 * "Why not": which conditions of a rule held on an error's facts and which first failed, with the
 * values it was evaluated on. The rules in service run once more on the same facts in a separate
 * rule base, beside probe rules built from prefixes of each asked rule's conditions (see
 * {@link ProbePlan}); nothing of the decision in service changes.
 */
public final class WhyNot {
    private static final int MAX_FACTS_SHOWN = 3;
    private static final int MAX_RETRIES = 3;

    private WhyNot() {
    }

    /** One answer per rule name, in order; the names must be in the rule base's catalog. */
    public static List<WhyNotAnswer> explain(RuleBase rules, Map<String, String> sources, ToolchainError error,
                                             DecisionContext ctx, List<String> ruleNames) {
        Map<String, WhyNotAnswer> unreadable = new LinkedHashMap<>();
        List<String> asked = new ArrayList<>(new LinkedHashSet<>(ruleNames));
        for (int attempt = 0; ; attempt++) {
            ProbePlan plan = new ProbePlan();
            List<String> planned = new ArrayList<>();
            for (String name : asked) {
                if (unreadable.containsKey(name)) continue;
                RuleInfo info = rules.catalog().get(name);
                RuleConditions c = info == null ? null : RuleConditions.of(sources.getOrDefault(info.file(), ""), name);
                if (c == null) {
                    unreadable.put(name, notAnalysed(name, info, "its source could not be read"));
                    continue;
                }
                plan.add(name, info.file(), c);
                planned.add(name);
            }
            try {
                ProbeRun.Result run = ProbeRun.run(rules, sources, plan.files(), error, ctx);
                Map<String, WhyNotAnswer> answers = new LinkedHashMap<>(unreadable);
                for (int t = 0; t < plan.size(); t++) answers.put(planned.get(t), answer(plan, t, run, rules.catalog().get(planned.get(t))));
                return asked.stream().map(answers::get).toList();
            } catch (RuleCompileException e) {
                // a condition that does not compile on its own: set its rule aside and probe the others
                Set<Integer> bad = new LinkedHashSet<>();
                for (RuleProblem p : e.problems()) bad.add(plan.targetAt(p.file(), p.line()));
                String why = "its conditions could not be taken apart: " + e.problems().get(0).message();
                if (bad.contains(-1) || attempt >= MAX_RETRIES) {
                    for (String name : planned) unreadable.putIfAbsent(name, notAnalysed(name, rules.catalog().get(name), why));
                } else {
                    for (int t : bad) unreadable.put(planned.get(t), notAnalysed(planned.get(t), rules.catalog().get(planned.get(t)), why));
                }
            }
        }
    }

    /** The diagnosis rules that came closest on this error (most conditions held first), at most {@code max}, none that held nothing. */
    public static List<WhyNotAnswer> closest(RuleBase rules, Map<String, String> sources, ToolchainError error,
                                             DecisionContext ctx, int max) {
        List<String> names = rules.catalog().all().stream().filter(r -> "diagnosis".equals(r.kind())).map(RuleInfo::name).toList();
        return explain(rules, sources, error, ctx, names).stream()
                .filter(a -> !a.fired() && a.progress() > 0)
                .sorted(Comparator.comparingInt(WhyNotAnswer::progress).reversed()
                        .thenComparingDouble(a -> -(double) a.progress() / Math.max(1, a.conditions().size())))
                .limit(max).toList();
    }

    private static WhyNotAnswer answer(ProbePlan plan, int t, ProbeRun.Result run, RuleInfo info) {
        Target target = plan.target(t);
        String at = info.location();
        if (run.fired().contains(target.rule())) {
            return new WhyNotAnswer(target.rule(), at, info.kind(), "fired", target.rule() + ": fired on this error (" + at + ")",
                    List.of(), target.steps().size(), run.warnings());
        }
        List<Step> steps = target.steps();
        int failed = -1;
        for (int s = 0; s < steps.size() && failed < 0; s++) {
            if (run.probes().getOrDefault(ProbePlan.stepName(t, s), List.of()).isEmpty()) failed = s;
        }
        List<Check> checks = new ArrayList<>();
        int progress = 0;
        String summary = null;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            Condition cond = target.conditions().conditions().get(step.condition());
            String status = failed < 0 || s < failed ? "held" : s == failed ? "failed" : "not_reached";
            if (status.equals("held") && step.constraints() != 0) progress++;
            if (s != failed) {
                checks.add(new Check(step.text(), step.line(), status, cond.partByPart(), cond.partByPart() ? null : cond.whole(), List.of(), 0));
                continue;
            }
            Check check = failedCheck(plan, t, s, step, cond, run);
            checks.add(check);
            summary = target.rule() + ": `" + WhyNotText.oneLine(step.text(), 160) + "` failed (" + WhyNotText.because(check) + ")";
        }
        String verdict = failed >= 0 ? "not_matched" : run.cancelled().contains(target.rule()) ? "cancelled" : "held_not_fired";
        if (summary == null) {
            summary = target.rule() + (verdict.equals("cancelled") ? ": every condition held, but its match was cancelled before it fired"
                    : ": every condition holds on the final facts, yet it did not fire (an activation-group, no-loop or lock-on-active attribute?)");
        }
        return new WhyNotAnswer(target.rule(), at, info.kind(), verdict, summary, checks, progress, run.warnings());
    }

    private static Check failedCheck(ProbePlan plan, int t, int s, Step step, Condition cond, ProbeRun.Result run) {
        if (step.constraints() == 0) {
            return new Check(step.text(), step.line(), "failed", true, "there is no " + cond.type() + " fact", List.of(), 0);
        }
        if (step.constraints() < 0) {
            List<Map<String, Object>> blockers = run.probes().getOrDefault(ProbePlan.blockerName(t, step.condition()), List.of());
            if (cond.negated() == null || blockers.isEmpty()) {
                return new Check(step.text(), step.line(), "failed", false, cond.whole(), List.of(), 0);
            }
            List<FactShown> facts = new ArrayList<>();
            Set<Object> seen = new LinkedHashSet<>();
            for (Map<String, Object> m : blockers) {
                Object fact = blocker(m, cond.negated());
                if (fact == null || !seen.add(fact) || facts.size() >= MAX_FACTS_SHOWN) continue;
                facts.add(new FactShown(fact.getClass().getSimpleName(), FactValues.of(fact, cond.negated(), m)));
            }
            return new Check(step.text(), step.line(), "failed", false, cond.whole() + "; a fact matches the pattern under 'not'",
                    facts, seen.size());
        }
        // the facts that passed the constraints before this one
        String id = ProbePlan.binding(cond, step.condition());
        List<FactShown> facts = new ArrayList<>();
        Set<Object> seen = new LinkedHashSet<>();
        for (Map<String, Object> m : run.probes().getOrDefault(ProbePlan.stepName(t, s - 1), List.of())) {
            Object fact = m.get(id);
            if (fact == null || !seen.add(fact) || facts.size() >= MAX_FACTS_SHOWN) continue;
            facts.add(new FactShown(fact.getClass().getSimpleName(), FactValues.of(fact, step.text(), m)));
        }
        return new Check(step.text(), step.line(), "failed", true, null, facts, seen.size());
    }

    private static Object blocker(Map<String, Object> match, String negated) {
        if (match.containsKey(ProbePlan.BLOCKER)) return match.get(ProbePlan.BLOCKER);
        String id = negated.strip().split("\\s*:", 2)[0];
        return match.get(id);
    }

    private static WhyNotAnswer notAnalysed(String rule, RuleInfo info, String why) {
        return new WhyNotAnswer(rule, info == null ? null : info.location(), info == null ? null : info.kind(), "not_analysed",
                rule + ": not analysed: " + why, List.of(), 0, List.of());
    }
}
