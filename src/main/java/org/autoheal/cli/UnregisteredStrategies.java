package org.autoheal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.Decision;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.explain.RuleTexts;
import org.autoheal.facts.Proposal;
import org.autoheal.strategy.StrategyRegistry;

/**
 * A proposal for a strategy that no built-in, command strategy or plugin provides: {@code rules check}
 * rejects every rule that proposes one (exit 1) and {@code diagnose} flags the proposals it made, in
 * the same words, since at repair time such a proposal is refused.
 */
final class UnregisteredStrategies {
    private UnregisteredStrategies() {
    }

    /** The proposals one decision made for unregistered strategies. */
    static List<String> of(Decision d, Set<String> registered, RuleCatalog catalog) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Proposal p : d.proposals()) {
            if (registered.contains(p.getStrategy()) || !seen.add(p.getStrategy() + "\0" + p.getRule())) continue;
            RuleInfo r = catalog.get(p.getRule());
            out.add(problem(r == null ? "" : r.location() + ":1: ", p.getRule(), p.getStrategy(), registered));
        }
        return out;
    }

    /** Every rule in the rule base whose text proposes an unregistered strategy. */
    static List<String> inRules(HomeConfig config, RuleBase rules, Map<String, String> sources) {
        Set<String> known = new TreeSet<>(HomeConfig.BUILTIN_STRATEGIES);
        known.addAll(config.settings().strategies().keySet());
        StrategyRegistry.plugins(config.home().plugins()).forEach(st -> known.add(st.name()));
        RuleTexts texts = new RuleTexts(rules.catalog(), sources);
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : rules.catalog().all()) {
            for (String name : new TreeSet<>(texts.proposes(r.name()).names())) {
                if (!known.contains(name)) problems.add(problem(r.file() + ":" + r.line() + ":1: ", r.name(), name, known));
            }
        }
        return problems;
    }

    private static String problem(String location, String rule, String strategy, Set<String> known) {
        return location + "rule \"" + rule + "\" proposes strategy '" + strategy + "', which is not registered; known: "
                + new TreeSet<>(known) + " (declare a command strategy in config/autoheal.json or add a plugin jar)";
    }
}
