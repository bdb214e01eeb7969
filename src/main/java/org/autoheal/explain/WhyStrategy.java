package org.autoheal.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.autoheal.engine.RuleInfo;
import org.autoheal.explain.WhyReport.Ranked;
import org.autoheal.explain.WhyReport.RuleRun;
import org.autoheal.explain.WhyReport.Tried;
import org.autoheal.json.Json;

/**
 * {@code why --strategy NAME}: why one strategy was or was not chosen for an incident.
 *
 * @param verdict   "chosen" (ranked first), "proposed" (ranked lower), "not_proposed" or "unknown" (no such strategy)
 * @param lines     the answer in sentences, most important first
 * @param proposal  its proposal when it was proposed, else null
 * @param chosen    the first-ranked proposal, null when nothing was proposed
 * @param attempt   the attempt that tried it, else null
 * @param proposers the strategy rules that propose it (literally or as a computed name) and what became of them
 */
public record WhyStrategy(String strategy, String incident, String verdict, List<String> lines, Ranked proposal,
                          Ranked chosen, Tried attempt, List<Proposer> proposers) {

    /** A rule that can propose the strategy: did it fire, was its match cancelled, or did its conditions not match. */
    public record Proposer(String rule, String at, String status, String when, boolean computed) {
    }

    public static WhyStrategy answer(WhyReport r, String name, Set<String> registered, RuleTexts rules) {
        List<Proposer> proposers = new ArrayList<>();
        for (RuleInfo info : rules.strategyRules()) {
            RuleTexts.Proposes p = rules.proposes(info.name());
            if (!p.names().contains(name) && !p.computed()) continue;
            RuleRun run = r.rules().stream().filter(x -> x.rule().equals(info.name())).findFirst().orElse(null);
            String status = run == null ? "conditions did not match" : run.firedAtAll() ? "fired"
                    : !run.cancelled().isEmpty() ? "matched, then cancelled: " + String.join(", ", run.cancelled()) : "matched, did not fire";
            proposers.add(new Proposer(info.name(), info.location(), status, rules.when(info.name()), !p.names().contains(name)));
        }
        Ranked first = r.proposals().isEmpty() ? null : r.proposals().get(0);
        Ranked mine = r.proposals().stream().filter(p -> name.equals(p.strategy())).findFirst().orElse(null);
        Tried tried = r.attempts().stream().filter(a -> name.equals(a.strategy())).findFirst().orElse(null);
        List<String> lines = new ArrayList<>();
        String verdict;
        if (mine != null) {
            verdict = mine.rank() == 1 ? "chosen" : "proposed";
            lines.add(name + " was proposed by rule \"" + mine.rule() + "\" (" + mine.at() + ") at effective salience "
                    + WhyText.salience(mine.salience(), mine.base(), mine.learned()) + "; learned: " + WhyText.evidence(mine.evidence(), mine.learned()));
            if (mine.rank() == 1) {
                lines.add("it was chosen: ranked first of " + r.proposals().size() + (r.proposals().size() > 1
                        ? ", ahead of " + r.proposals().get(1).strategy() + " at " + r.proposals().get(1).salience() : ""));
            } else {
                lines.add("it was not chosen first: " + first.strategy() + " by rule \"" + first.rule() + "\" (" + first.at()
                        + ") ranked first at " + WhyText.salience(first.salience(), first.base(), first.learned()) + "; " + name
                        + " ranked " + mine.rank() + " with " + mine.salience() + " < " + first.salience());
            }
            lines.add(mine.why());
        } else if (tried != null) {
            verdict = "proposed";
            lines.add(name + " was tried (the decision itself was not recorded)");
        } else if (!registered.contains(name) && proposers.stream().noneMatch(p -> !p.computed())) {
            verdict = "unknown";
            lines.add("no strategy named '" + name + "' is registered and no rule proposes it; registered: " + String.join(", ", registered.stream().sorted().toList()));
        } else {
            verdict = "not_proposed";
            lines.add("no rule proposed " + name + " for this incident" + (r.primary() == null ? " (nothing was diagnosed)" : " (diagnosis: " + r.primary().cause() + ")"));
            if (proposers.isEmpty()) lines.add("no rule in the rules now proposes " + name);
            for (Proposer p : proposers) {
                lines.add("rule \"" + p.rule() + "\" (" + p.at() + ")" + (p.computed() ? " (proposes a computed strategy name)" : " proposes it")
                        + ": " + p.status() + (p.when() == null ? "" : "; when " + DecisionText.oneLine(p.when().replace("\n", "; "))));
            }
            if (first != null) lines.add("chosen instead: " + first.strategy() + " by rule \"" + first.rule() + "\" at " + first.salience());
        }
        if (tried != null) lines.add("tried as attempt " + tried.n() + ": " + tried.outcome() + "; verification " + tried.verification());
        return new WhyStrategy(name, r.incident(), verdict, List.copyOf(lines), mine, first, tried, List.copyOf(proposers));
    }

    public String text() {
        StringBuilder b = new StringBuilder("why " + strategy + " for incident " + incident + ": " + verdict.replace('_', ' ') + "\n");
        for (int i = 0; i < lines.size(); i++) b.append(i == lines.size() - 1 ? "└─ " : "├─ ").append(lines.get(i)).append('\n');
        return b.toString();
    }

    public ObjectNode json() {
        ObjectNode n = Json.object().put("strategy", strategy).put("incident", incident).put("verdict", verdict);
        n.set("lines", Json.MAPPER.valueToTree(lines));
        n.put("proposed_by", proposal == null ? null : proposal.rule());
        n.put("rank", proposal == null ? null : proposal.rank());
        n.put("salience", proposal == null ? null : proposal.salience());
        n.put("base", proposal == null ? null : proposal.base());
        n.put("learned", proposal == null ? null : proposal.learned());
        n.put("chosen", chosen == null ? null : chosen.strategy());
        n.put("chosen_salience", chosen == null ? null : chosen.salience());
        n.put("attempt", attempt == null ? null : attempt.n());
        n.put("outcome", attempt == null ? null : attempt.outcome());
        ArrayNode ps = n.putArray("proposers");
        proposers.forEach(p -> ps.addObject().put("rule", p.rule()).put("at", p.at()).put("status", p.status())
                .put("when", p.when()).put("computed", p.computed()));
        return n;
    }
}
