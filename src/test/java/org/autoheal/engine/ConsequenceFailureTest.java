package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/**
 * A rule whose consequence throws: the warning names the rule and its place, what fired before
 * stays, and the rules after it still fire (Drools' default would stop the whole firing).
 */
class ConsequenceFailureTest {
    @Test
    void theWarningNamesTheFailingRule_withFileAndLine() throws Exception {
        RuleBase rules = RuleCompiler.compile(Map.of("rules/bad.drl", """
                package org.autoheal.rules;
                dialect "mvel"
                import org.autoheal.facts.*;
                global SalienceTable learned;

                rule "Diagnose first"
                    salience 50
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    insert( Diagnosis.of("boom", $e) );
                end

                rule "Throws"
                    salience 10
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    System.out.println( $e.path.length() );
                end

                rule "Diagnose after"
                    salience 5
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    insert( Diagnosis.of("after", $e) );
                end
                """), List.of());
        ToolchainError error = ToolchainError.of("t", "boom");
        error.setMessage("boom");
        for (int round = 0; round < 3; round++) { // the pooled session stays usable after a failure
            Decision d = rules.decide(error, new DecisionContext(null, List.of(), List.of(), null));
            assertThat(d.warnings()).singleElement().asString()
                    .startsWith("rule \"Throws\" (rules/bad.drl:14) failed while firing: java.lang.NullPointerException")
                    .endsWith("the rest of its consequence was skipped, the other rules ran");
            assertThat(d.primary().getCause()).isEqualTo("boom");
            assertThat(d.diagnoses()).extracting(Diagnosis::getCause).containsExactly("boom", "after");
        }
    }
}
