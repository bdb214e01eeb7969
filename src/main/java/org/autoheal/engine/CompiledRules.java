package org.autoheal.engine;

import java.util.List;
import java.util.Map;
import org.autoheal.facts.CustomPattern;
import org.kie.api.KieBase;

/**
 * Rule files compiled (or read from the rules cache) into a Drools rule base, before the
 * config's custom patterns join them: the costly part of loading does not depend on the config,
 * so a loader can run it while the config is read.
 *
 * @param sources   the rule files (name to text) this was compiled from
 * @param version   the hash of the rule files (the custom patterns join it in {@link #with})
 * @param fromCache true when the compiled packages came from the rules cache
 * @param tables    the knowledge tables (rules/data) the rules decide with
 */
public record CompiledRules(Map<String, String> sources, KieBase kieBase, RuleCatalog catalog, String version,
                            boolean fromCache, RuleTables tables) {
    /** The rule base that decides with these rules, these tables and these custom patterns. */
    public RuleBase with(List<CustomPattern> patterns) {
        return new RuleBase(kieBase, catalog, patterns, RuleCompiler.version(version, patterns, tables.digest()), fromCache, tables);
    }

    /** The same rules with other tables (a home's: {@link RuleTables#forHome}). */
    public CompiledRules with(RuleTables other) {
        return new CompiledRules(sources, kieBase, catalog, version, fromCache, other);
    }
}
