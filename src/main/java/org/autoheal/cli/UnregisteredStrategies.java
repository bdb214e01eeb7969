package org.autoheal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.autoheal.engine.Decision;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.facts.Proposal;

/**
 * {@code diagnose} flags a proposal for a strategy that no built-in, command strategy or plugin
 * provides, in the words of {@code rules check} (which rejects the same rule with exit 1): at
 * repair time such a proposal is refused.
 */
final class UnregisteredStrategies {
    private UnregisteredStrategies() {
    }

    static List<String> of(Decision d, Set<String> registered, RuleCatalog catalog) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Proposal p : d.proposals()) {
            if (registered.contains(p.getStrategy()) || !seen.add(p.getStrategy() + "\0" + p.getRule())) continue;
            RuleInfo r = catalog.get(p.getRule());
            out.add((r == null ? "" : r.location() + ":1: ") + "rule \"" + p.getRule() + "\" proposes strategy '" + p.getStrategy()
                    + "', which is not registered; known: " + new TreeSet<>(registered)
                    + " (declare a command strategy in config/autoheal.json or add a plugin jar)");
        }
        return out;
    }
}
