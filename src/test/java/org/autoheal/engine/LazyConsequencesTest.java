package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.autoheal.parse.ErrorParsers;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;

/**
 * Wiring a rule base leaves every MVEL {@code then} part uncompiled; a decision compiles those of
 * the rules it fires, and only those (what the whole corpus decides with it is DecisionDump's check).
 */
class LazyConsequencesTest {
    private static final String TRACEBACK = "Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n"
            + "    import yaml\nModuleNotFoundError: No module named 'yaml'\n";

    private static Map<String, LazyConsequences.Deferred> deferred(RuleBase rules) {
        return rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> ((RuleImpl) r).getConsequence() instanceof LazyConsequences.Deferred)
                .collect(Collectors.toMap(r -> r.getName(), r -> (LazyConsequences.Deferred) ((RuleImpl) r).getConsequence()));
    }

    @Test
    void consequencesCompileWhenTheirRuleFirstFires_andOnlyThen() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        Map<String, LazyConsequences.Deferred> all = deferred(rules);
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(all.values()).noneMatch(LazyConsequences.Deferred::isCompiled);

        Decision d = rules.decide(ErrorParsers.parse(org.autoheal.parse.ErrorInput.of(null, TRACEBACK)), DecisionContext.EMPTY);

        assertThat(d.diagnoses()).isNotEmpty();
        Set<String> fired = d.trace().stream().filter(e -> e.event().equals(TraceEvent.FIRED)).map(TraceEvent::rule)
                .collect(Collectors.toSet());
        Set<String> compiled = all.entrySet().stream().filter(e -> e.getValue().isCompiled()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(compiled).isNotEmpty().isEqualTo(fired.stream().filter(all::containsKey).collect(Collectors.toSet()));
        assertThat(compiled.size()).isLessThan(all.size() / 4);

        // dynamic saliences (learned.adjustment) likewise: compiled for the rules that matched, only
        List<LazyConsequences.DeferredSalience> saliences = rules.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(r -> ((RuleImpl) r).getSalience())
                .filter(LazyConsequences.DeferredSalience.class::isInstance).map(LazyConsequences.DeferredSalience.class::cast).toList();
        assertThat(saliences).hasSizeGreaterThan(10);
        assertThat(saliences.stream().filter(LazyConsequences.DeferredSalience::isCompiled).count())
                .isBetween(1L, (long) saliences.size() / 4);
    }

    @Test
    void theSameRuleBaseDecidesAgainWithItsCompiledConsequences() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        Decision first = rules.decide(ErrorParsers.parse(org.autoheal.parse.ErrorInput.of(null, TRACEBACK)), DecisionContext.EMPTY);
        Decision second = rules.decide(ErrorParsers.parse(org.autoheal.parse.ErrorInput.of(null, TRACEBACK)), DecisionContext.EMPTY);
        assertThat(DecisionSnapshot.of(second)).isEqualTo(DecisionSnapshot.of(first));
        assertThat(second.trace()).isEqualTo(first.trace());
    }
}
