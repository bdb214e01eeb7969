package org.autoheal.reload;

import java.util.Map;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.RuleBase;
import org.autoheal.strategy.StrategyRegistry;

/**
 * Everything a decision or an incident needs, loaded together and never changed: the config,
 * the rule base compiled from the home's rules and that config's custom patterns, and the
 * strategies that config declares. Hot reload replaces the whole snapshot, never a part.
 *
 * @param ruleHashes rule name to a hash of its text, to tell which rules a reload changed
 */
public record Snapshot(HomeConfig config, RuleBase rules, StrategyRegistry registry, Map<String, String> ruleHashes) {
    public Snapshot {
        ruleHashes = Map.copyOf(ruleHashes);
    }
}
