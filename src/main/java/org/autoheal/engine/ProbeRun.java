package org.autoheal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.facts.ToolchainError;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * One decision run again on a separate rule base: the rules in service plus extra probe rules
 * (rule names starting with {@link #PREFIX}, empty consequences, in their own agenda group
 * {@link #PROBE_GROUP} that is focused after every phase of the real rules is done, so they see the final facts). It loads the same facts and globals as
 * {@link RuleBase#decide}; what comes back is which real rules fired or were cancelled and, for
 * each probe rule, the bound values of each of its matches.
 */
public final class ProbeRun {
    public static final String PREFIX = "autoheal-probe#";
    public static final int PROBE_SALIENCE = -1_000_000;
    /** The probe rules' agenda group, focused once the decision's phases are done ({@link Phases}). */
    public static final String PROBE_GROUP = "autoheal-probe";

    /** @param probes per probe rule name, one map of declaration values per match */
    public record Result(Set<String> fired, Set<String> cancelled, Map<String, List<Map<String, Object>>> probes,
                         List<String> warnings) {
    }

    private ProbeRun() {
    }

    /** {@code extra}: file name → DRL text of the probe rules, compiled with the home's {@code sources}. */
    public static Result run(RuleBase rules, Map<String, String> sources, Map<String, String> extra,
                             ToolchainError error, DecisionContext ctx) throws RuleCompileException {
        Map<String, String> all = new LinkedHashMap<>(sources);
        all.putAll(extra);
        var kieBase = RuleCompiler.newKieBase(RuleCompiler.build(all).getKnowledgePackages());
        KieSession session = kieBase.newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        Set<String> cancelled = new LinkedHashSet<>();
        Map<String, List<Map<String, Object>>> probes = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    if (name.startsWith(PREFIX)) probes.computeIfAbsent(name, k -> new ArrayList<>()).add(values(event.getMatch()));
                    else fired.add(name);
                }

                @Override
                public void matchCancelled(MatchCancelledEvent event) {
                    String name = event.getMatch().getRule().getName();
                    if (!name.startsWith(PREFIX)) cancelled.add(name);
                }
            });
            rules.load(session, error, ctx);
            try {
                int limit = RuleBase.MAX_FIRINGS * 4;
                int firings = Phases.fire(session, limit, () -> false);
                var probeGroup = session.getAgenda().getAgendaGroup(PROBE_GROUP); // null: no probe rules
                if (firings < limit && probeGroup != null) {   // the probes last, on the facts every phase left
                    probeGroup.setFocus();
                    firings += session.fireAllRules(limit - firings);
                }
                if (firings >= limit) warnings.add("the firing limit was reached: the answer may be incomplete");
            } catch (RuntimeException e) {
                warnings.add("a rule failed while firing (" + e.getClass().getSimpleName() + "): the answer may be incomplete");
            }
            return new Result(fired, cancelled, probes, warnings);
        } finally {
            session.dispose();
        }
    }

    private static Map<String, Object> values(Match m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : m.getDeclarationIds()) out.put(id, m.getDeclarationValue(id));
        return out;
    }
}
