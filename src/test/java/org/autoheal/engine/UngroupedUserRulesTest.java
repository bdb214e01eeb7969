package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.MissingDetail;
import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home's own rule file written without agenda groups (as before they existed): its {@code @kind(strategy)} rule
 * goes to group "propose" and its {@code @kind(need)} rule to "need" (docs/rules.md, section 6), so the strategy
 * fires after every diagnosis and the "waits for" rule sees what was proposed.
 */
class UngroupedUserRulesTest {
    @TempDir Path home;

    private static final String MINE = """
            package org.autoheal.rules;
            dialect "mvel"
            import org.autoheal.facts.*;
            global SalienceTable learned;

            rule "Gizmo broke"
                @kind(diagnosis)
                salience 55
            when
                $e : ToolchainError( message contains "gizmo" )
                not Diagnosis( error == $e )
            then
                insert( Diagnosis.of("gizmo", $e).with("part", $e.message.contains("part") ? "cog" : null) );
            end

            rule "Widget broke"
                @kind(diagnosis)
                salience 41
            when
                $e : ToolchainError( message contains "widget" )
                not Diagnosis( error == $e )
            then
                insert( Diagnosis.of("widget", $e) );
            end

            rule "Replace the gizmo part"
                @kind(strategy)
                salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "gizmo", has("part") )
            then
                insert( Proposal.of("replace_part", $d).with("part", $d.get("part")) );
            end

            rule "replace_part waits for the part"
                @kind(need)
            when
                $d : Diagnosis( cause == "gizmo" )
                not Proposal( strategy == "replace_part", diagnosis == $d )
            then
                $d.waitsFor("replace_part", "part");
            end
            """;

    @Test
    void whenAUserStrategyAndWaitsForRuleNameNoGroup_thenTheyRunInTheirPhases() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        try (var in = Files.list(Path.of("rules"))) {
            for (Path f : in.filter(p -> p.toString().endsWith(".drl")).toList()) Files.copy(f, home.resolve("rules").resolve(f.getFileName()));
        }
        Files.writeString(home.resolve("rules/mine.drl"), MINE);
        RuleBase rules = RuleCompiler.compile(RuleSources.forHome(home), List.of());

        ToolchainError withPart = signal("gizmo part jammed", 1, 2);  // the last error: the root cause
        ToolchainError widget = signal("widget stuck", 0, 1);
        withPart.setEvidence(List.of(widget, withPart));
        Decision d = rules.decide(withPart, DecisionContext.EMPTY);

        assertThat(d.proposals()).extracting(p -> p.getStrategy() + " " + p.getRule() + " @" + p.getSalience())
                .containsExactly("replace_part Replace the gizmo part @60");
        Diagnosis gizmo = d.diagnoses().stream().filter(x -> x.getCause().equals("gizmo")).findFirst().orElseThrow();
        assertThat(gizmo.getMissing()).as("proposed, so nothing waits").isEmpty();
        List<String> fired = d.trace().stream().filter(e -> e.event().equals(TraceEvent.FIRED)).map(TraceEvent::rule).toList();
        assertThat(fired.indexOf("Replace the gizmo part")).as("%s", fired).isGreaterThan(fired.indexOf("Widget broke"));

        ToolchainError noPart = signal("gizmo jammed", 0, 1);
        noPart.setEvidence(List.of(noPart));
        Decision waiting = rules.decide(noPart, DecisionContext.EMPTY);
        assertThat(waiting.proposals()).isEmpty();
        assertThat(waiting.diagnoses().get(0).getMissing()).extracting(MissingDetail::strategy).containsExactly("replace_part");

        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autoheal.json"), "{\"strategies\": {\"replace_part\": {\"command\": [\"true\"]}}}");
        Cli.Output check = Cli.run(home, "rules", "check");
        assertThat(check.exit()).as(check.err()).isZero();
    }

    @Test
    void whenARuleWithoutGroupReadsProposals_thenRulesCheckWarns_untilItNamesItsPhase() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.copy(Path.of("rules/connection.drl"), home.resolve("rules/connection.drl"));
        String withdraw = """
                package org.autoheal.rules;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "No restarts on Fridays"
                    @kind(evidence)
                    salience -5
                %swhen
                    $p : Proposal( strategy == "restart_service" )
                then
                    delete( $p );
                end
                """;
        Files.writeString(home.resolve("rules/friday.drl"), withdraw.formatted(""));
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("rules/friday.drl:5:1: warning: rule \"No restarts on Fridays\" reads Proposal facts but names no agenda-group");

        Files.writeString(home.resolve("rules/friday.drl"), withdraw.formatted("    agenda-group \"weigh\"\n"));
        Cli.Output ok = Cli.run(home, "rules", "check");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("reads Proposal facts");
    }

    @Test
    void theBundledRulesNameTheirPhases() {
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("reads Proposal facts");
    }

    private static ToolchainError signal(String message, int index, int position) {
        ToolchainError e = ToolchainError.of("t", message);
        e.setMessage(message);
        e.setIndex(index);
        e.setPosition(position);
        return e;
    }
}
