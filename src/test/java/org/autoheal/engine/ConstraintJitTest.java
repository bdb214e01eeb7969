package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.autoheal.facts.ToolchainError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/** The constraint JIT is on for rule bases Drools 10.2 can compile, off when a constraint has an operator. */
class ConstraintJitTest {
    private static final String HEAD = "package org.autoheal.rules;\nimport org.autoheal.facts.*;\n";

    private static int threshold(RuleBase rules) {
        return ((InternalKnowledgeBase) rules.kieBase()).getConfiguration()
                .getOption(ConstraintJittingThresholdOption.KEY).getThreshold();
    }

    @Test
    void bundledRulesAreJitted() throws Exception {
        assertThat(threshold(RuleCompiler.compile(RuleSources.bundled(), List.of()))).isEqualTo(ConstraintJit.THRESHOLD);
    }

    @Test
    void aRuleWithAnOperatorKeepsTheBaseInterpreted() throws Exception {
        String rule = HEAD + "rule \"prefix\" when $e : ToolchainError( message str[startsWith] \"boom\" )\n"
                + "then insert( Diagnosis.of(\"connection\", $e) ); end\n";
        RuleBase rules = RuleCompiler.compile(Map.of("rules/x.drl", rule), List.of());
        assertThat(threshold(rules)).isEqualTo(ConstraintJit.OFF);
        // and it still decides, past the point where a jitted operator constraint used to throw (#6711)
        for (int i = 0; i < 3 * ConstraintJit.THRESHOLD; i++) {
            ToolchainError e = ToolchainError.of("t", "boom");
            e.setMessage(i % 2 == 0 ? "boom here" : "quiet");
            Decision d = rules.decide(e, DecisionContext.EMPTY, false);
            assertThat(d.warnings()).isEmpty();
            assertThat(d.diagnosed()).isEqualTo(i % 2 == 0);
        }
    }

    @Test
    void jittedConstraintsDecideAsInterpretedOnes() throws Exception {
        String rule = HEAD + "rule \"prefix\" when $e : ToolchainError( messageStartsWith(\"boom\") || errno == 111, code != \"X\" )\n"
                + "then insert( Diagnosis.of(\"connection\", $e) ); end\n";
        RuleBase rules = RuleCompiler.compile(Map.of("rules/x.drl", rule), List.of());
        assertThat(threshold(rules)).isEqualTo(ConstraintJit.THRESHOLD);
        for (int i = 0; i < 10 * ConstraintJit.THRESHOLD; i++) {   // the jitter runs on a background thread meanwhile
            ToolchainError e = ToolchainError.of("t", "x");
            e.setMessage(i % 3 == 0 ? "boom" : "quiet");
            if (i % 5 == 0) e.setErrno(111);
            if (i % 7 == 0) e.setCode("X");
            Decision d = rules.decide(e, DecisionContext.EMPTY, false);
            assertThat(d.warnings()).isEmpty();
            assertThat(d.diagnosed()).as("case %d", i).isEqualTo((i % 3 == 0 || i % 5 == 0) && i % 7 != 0);
        }
    }
}
