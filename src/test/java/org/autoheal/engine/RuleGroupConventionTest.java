package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/**
 * The convention of docs/rules.md, section 6: exclusivity per signal with a {@code not Diagnosis( error == $e )}
 * guard, not Drools' {@code activation-group} (one output is several signals in one session, and an activation group
 * is exclusive across the whole session); the phases as agenda groups, repeated while a round fires; ties between
 * proposals by the rule's place, not by firing order.
 */
class RuleGroupConventionTest {
    private static final String HEAD = """
            package org.autoheal.rules;
            dialect "mvel"
            import org.autoheal.facts.*;
            global SalienceTable learned;
            """;

    @Test
    void whenTwoSignalsNeedTheGenericRule_thenTheGuardDiagnosesBoth_butAnActivationGroupOnlyOne() throws Exception {
        String guarded = HEAD + rules("", "    not Diagnosis( error == $e )\n");
        String grouped = HEAD + rules("    activation-group \"boom\"\n", "");
        assertThat(causes(guarded)).containsExactlyInAnyOrder("specific", "generic");
        assertThat(causes(grouped)).hasSize(1);
    }

    @Test
    void whenTwoProposalsTie_thenTheRuleWrittenFirstRanksFirst_notTheOneThatFiredFirst() throws Exception {
        // "Diagnose early" fires first, so "Written second", proposing for it, fires before "Written first"
        String drl = HEAD + """
                rule "Diagnose early"
                    salience 55
                when
                    $e : ToolchainError( message contains "specific" )
                then
                    insert( Diagnosis.of("early", $e) );
                end

                rule "Diagnose late"
                    salience 40
                when
                    $e : ToolchainError( message == "boom" )
                then
                    insert( Diagnosis.of("late", $e) );
                end

                rule "Written first"
                    @kind(strategy)
                    salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
                when
                    $d : Diagnosis( cause == "late" )
                then
                    insert( Proposal.of("for_late", $d) );
                end

                rule "Written second"
                    @kind(strategy)
                    salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
                when
                    $d : Diagnosis( cause == "early" )
                then
                    insert( Proposal.of("for_early", $d) );
                end
                """;
        Decision d = decide(drl);
        assertThat(d.proposals()).as("%s", d.proposals()).extracting(Proposal::getStrategy).containsExactly("for_late", "for_early");
        assertThat(d.proposals()).extracting(Proposal::getSalience).containsExactly(60, 60);
    }

    @Test
    void whenARuleOfMainDiagnosesAfterTheProposals_thenItsDiagnosisIsProposedForInTheNextRound() throws Exception {
        String drl = HEAD + """
                rule "Diagnose first"
                    salience 55
                when
                    $e : ToolchainError( message contains "specific" )
                then
                    insert( Diagnosis.of("first", $e) );
                end

                rule "Diagnose once the first is proposed for"
                    salience 50
                when
                    Proposal( strategy == "for_first" )
                    $e : ToolchainError( message == "boom" )
                    not Diagnosis( error == $e )
                then
                    insert( Diagnosis.of("second", $e) );
                end

                rule "Propose for either"
                    @kind(strategy)
                    salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
                    agenda-group "propose"
                when
                    $d : Diagnosis( )
                then
                    insert( Proposal.of("for_" + $d.cause, $d) );
                end
                """;
        Decision d = decide(drl);
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactlyInAnyOrder("for_first", "for_second");
    }

    /** A specific rule for "boom specific" and a generic one for any "boom", with the given exclusivity. */
    private static String rules(String group, String guard) {
        return """
                rule "Specific boom"
                    salience 55
                %1$swhen
                    $e : ToolchainError( message contains "specific" )
                then
                    insert( Diagnosis.of("specific", $e) );
                end

                rule "Generic boom"
                    salience 40
                %1$swhen
                    $e : ToolchainError( message contains "boom" )
                %2$sthen
                    insert( Diagnosis.of("generic", $e) );
                end
                """.formatted(group, guard);
    }

    /** The causes diagnosed for an output of two signals: "boom specific", then "boom". */
    private static List<String> causes(String drl) throws Exception {
        return decide(drl).diagnoses().stream().map(Diagnosis::getCause).toList();
    }

    private static Decision decide(String drl) throws Exception {
        RuleBase rules = RuleCompiler.compile(Map.of("rules/boom.drl", drl), List.of());
        ToolchainError first = signal("boom specific", 0);
        ToolchainError second = signal("boom", 1);
        first.setEvidence(List.of(first, second));
        return rules.decide(first, DecisionContext.EMPTY);
    }

    private static ToolchainError signal(String message, int index) {
        ToolchainError e = ToolchainError.of("t", message);
        e.setMessage(message);
        e.setIndex(index);
        return e;
    }
}
