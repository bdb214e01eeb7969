package org.autoheal.reload;

import java.util.Map;
import java.util.function.Supplier;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.RuleBase;
import org.autoheal.strategy.StrategyRegistry;

/**
 * Everything a decision or an incident needs, loaded together and never changed: the config,
 * the rule base compiled from the home's rules and that config's custom patterns, and the
 * strategies that config declares. Hot reload replaces the whole snapshot, never a part.
 *
 * @param hashes rule name to a hash of its text, to tell which rules a reload changed; computed on
 *               first use (it parses the DRL again, which a one-shot CLI start never needs)
 */
public record Snapshot(HomeConfig config, RuleBase rules, StrategyRegistry registry, Supplier<Map<String, String>> hashes) {
    public Snapshot {
        config = readOnly(config);
    }

    /** The config with read-only maps and list: a caller of {@code AutoHeal.config()} cannot change the one in service. */
    private static HomeConfig readOnly(HomeConfig c) {
        return new HomeConfig(c.home(), c.settings(), java.util.Collections.unmodifiableMap(c.toolchains()),
                java.util.Collections.unmodifiableMap(c.services()), java.util.Collections.unmodifiableList(c.patterns()));
    }

    public Map<String, String> ruleHashes() {
        return hashes.get();
    }
}
