package org.autoheal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleBase;
import org.junit.jupiter.api.Test;

/** Conditions and proposed strategies read back from the DRL source through the catalog's file:line. */
class WhyRuleTextsTest {
    private static final String DRL = """
            package t;
            import org.autoheal.facts.*;
            rule "Two conditions"
                @kind(strategy)
                salience 60
            when
                // a comment is not a condition
                $d : Diagnosis( cause == "a" )
                not Proposal( strategy == "x" )
            then
                insert( Proposal.of("fix_a", $d) );
            end
            rule "Inline when" @kind(strategy) salience 50
            when $d : Diagnosis( cause == "b" )
            then insert( Proposal.of($d.getSolution(), $d) ); insert( Proposal.of("fix_b", $d) );
            end
            """;

    @Test
    void whenConditionsAndProposedStrategiesComeFromTheRuleSource() throws Exception {
        RuleBase rules = RuleCompiler.compile(Map.of("rules/t.drl", DRL), java.util.List.of());
        RuleTexts texts = new RuleTexts(rules.catalog(), Map.of("rules/t.drl", DRL));
        assertThat(texts.info("Two conditions").location()).isEqualTo("rules/t.drl:3");
        assertThat(texts.when("Two conditions")).isEqualTo("$d : Diagnosis( cause == \"a\" )\nnot Proposal( strategy == \"x\" )");
        assertThat(texts.proposes("Two conditions")).isEqualTo(new RuleTexts.Proposes(Set.of("fix_a"), false));
        assertThat(texts.when("Inline when")).isEqualTo("$d : Diagnosis( cause == \"b\" )");
        assertThat(texts.proposes("Inline when")).isEqualTo(new RuleTexts.Proposes(Set.of("fix_b"), true));
        assertThat(texts.strategyRules()).extracting(r -> r.name()).containsExactly("Two conditions", "Inline when");
        assertThat(new RuleTexts(rules.catalog(), Map.of()).when("Two conditions")).as("source not at hand").isNull();
    }
}
