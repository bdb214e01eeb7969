package org.autoheal.explain.whynot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;

/**
 * `diagnose --why-not RULE` and `why INCIDENT --rule RULE` on a home with its own small rule file
 * (one home per class, so the rules are compiled once): which condition held, which failed, on what values.
 */
@Tag(Tags.PROCESS)
class WhyNotCliTest {
    @TempDir static Path home;

    static final String RULES = """
            package org.autoheal.rules;
            dialect "mvel"
            import org.autoheal.facts.*;

            rule "Address already in use"
                @kind(diagnosis)
                salience 50
            when
                $e : ToolchainError( message contains "Address already in use",
                                     port != null )
            then
                insert( Diagnosis.of("addr_in_use", $e).with("port", $e.port) );
            end

            rule "Errno 98 without a port"
                @kind(diagnosis)
                salience 40
            when
                $e : ToolchainError( errno == 98, language == "python" )
                not ToolchainError( this != $e, errno == 98 )
            then
                insert( Diagnosis.of("addr_busy", $e) );
            end

            rule "Free the port"
                @kind(strategy)
                salience 60
            when
                $d : Diagnosis( cause == "addr_in_use", has("port") )
                not ToolchainError( message contains "Errno 98" )
            then
                insert( Proposal.of("restart_service", $d) );
            end

            rule "Wait for the port"
                @kind(strategy)
                salience 50
            when
                $d : Diagnosis( cause == "addr_busy" )
                eval( $d.getError().getExitCode() != null )
            then
                insert( Proposal.of("restart_service", $d) );
            end
            """;

    static final String ADDR = "Traceback (most recent call last):\n  File \"srv.py\", line 3, in <module>\n"
            + "OSError: [Errno 98] Address already in use\n";

    @BeforeAll
    static void writeHome() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.writeString(home.resolve("rules/addr_in_use.drl"), RULES);
        Files.createDirectories(home.resolve("tools"));
        Files.writeString(home.resolve("tools/srv.py"), "import sys\nsys.stderr.write(" + Json.MAPPER.writeValueAsString(ADDR) + ")\nsys.exit(1)\n");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("tools/busy.sh"), "#!/bin/sh\necho 'busy: bind failed: Address already in use' >&2\nexit 3\n");
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"srv\": {\"command\": [\"python3\", \"tools/srv.py\"]},"
                + " \"busy\": {\"command\": [\"sh\", \"tools/busy.sh\"]}}}");
    }

    @Test
    void aConstraintThatFailed_isNamedWithTheValueItWasEvaluatedOn() {
        Cli.Output r = Cli.run(home, "diagnose", "--why-not", "Address already in use", ADDR);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rule \"Address already in use\" (rules/addr_in_use.drl:5), diagnosis")
                .contains("Address already in use: `port != null` failed (port = null)")
                .containsPattern("held +ToolchainError\\(\\) +\\(line 9\\)")
                .containsPattern("held +message contains \"Address already in use\" +\\(line 9\\)")
                .containsPattern("FAILED +port != null +\\(line 10\\)");
    }

    @Test
    void aNotThatFailed_showsTheFactThatBlocksIt_andAWholeConditionSaysSo() {
        Cli.Output r = Cli.run(home, "diagnose", "--why-not", "Free the port", ADDR);
        assertThat(r.exit()).isEqualTo(1);
        // without a port "Address already in use" does not fire: the diagnosis there is addr_busy
        assertThat(r.out()).contains("Free the port: `cause == \"addr_in_use\"` failed (cause = \"addr_busy\")")
                .containsPattern("not reached not ToolchainError\\( message contains \"Errno 98\" \\) +\\(line 30\\) +\\['not' is not evaluated part by part]");
        Cli.Output w = Cli.run(home, "diagnose", "--why-not", "Errno 98 without a port", ADDR + "OSError: [Errno 98] again\n");
        assertThat(w.out()).containsPattern("FAILED +not ToolchainError\\( this != \\$e, errno == 98 \\)")
                .contains("'not' is not evaluated part by part; a fact matches the pattern under 'not'")
                .contains("errno = 98");
    }

    @Test
    void aRuleThatFired_saysSo_andExitsZero() {
        Cli.Output r = Cli.run(home, "diagnose", "--why-not", "Errno 98 without a port", ADDR);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Errno 98 without a port: fired on this error (rules/addr_in_use.drl:");
    }

    @Test
    void anEvalIsCheckedWhole_andTheJsonCarriesEveryStep() throws Exception {
        Cli.Output r = Cli.run(home, "diagnose", "--why-not", "Wait for the port", "--json", ADDR);
        assertThat(r.exit()).isEqualTo(1);
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("rule").asText()).isEqualTo("Wait for the port");
        assertThat(j.get("verdict").asText()).isEqualTo("not_matched");
        assertThat(j.get("fired").asBoolean()).isFalse();
        assertThat(j.get("basis").asText()).contains("rules in service");
        JsonNode c = j.get("conditions");
        assertThat(c.get(0).get("text").asText()).isEqualTo("Diagnosis()");
        assertThat(c.get(1).get("text").asText()).isEqualTo("cause == \"addr_busy\"");
        assertThat(c.get(1).get("status").asText()).isEqualTo("held");
        assertThat(c.get(2).get("status").asText()).isEqualTo("failed");
        assertThat(c.get(2).get("part_by_part").asBoolean()).isFalse();
        assertThat(c.get(2).get("note").asText()).contains("'eval' is not evaluated part by part");
    }

    @Test
    void anUnknownRule_isExit2_withTheClosestNames() {
        Cli.Output r = Cli.run(home, "diagnose", "--why-not", "Free a port", ADDR);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no rule named \"Free a port\"; the closest: \"Free the port\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void whyOnAnUndiagnosedIncident_listsTheClosestRules_andWhyRuleAnswersForOne() throws Exception {
        Cli.Output repair = Cli.run(home, "repair", "--yes", "--tool", "srv", "--json");
        // "Errno 98 without a port" diagnoses it when the errno is parsed; take the incident either way
        JsonNode incident = Json.MAPPER.readTree(repair.out()).get("incidents").get(0);
        String id = incident.get("id").asText();
        Cli.Output rule = Cli.run(home, "why", id, "--rule", "Address already in use");
        assertThat(rule.exit()).as(rule.err()).isZero();
        assertThat(rule.out()).startsWith("evaluated again on incident " + id + "'s recorded error text")
                .contains("Address already in use: `port != null` failed (port = null)");
        Cli.Output json = Cli.run(home, "why", id, "--rule", "Free the port", "--json");
        JsonNode j = Json.MAPPER.readTree(json.out());
        assertThat(j.get("verdict").asText()).isEqualTo("not_matched");
        assertThat(Cli.run(home, "why", id, "--rule", "No such rule").exit()).isEqualTo(2);
    }

    @Test
    void whyOnAnUndiagnosedIncident_listsTheClosestDiagnosisRules() throws Exception {
        Cli.Output repair = Cli.run(home, "repair", "--yes", "--tool", "busy", "--json");
        JsonNode incident = Json.MAPPER.readTree(repair.out()).get("incidents").get(0);
        assertThat(incident.get("outcome").asText()).as(repair.out()).isEqualTo("undiagnosed");
        String id = incident.get("id").asText();
        Cli.Output why = Cli.run(home, "why", id);
        assertThat(why.exit()).as(why.err()).isZero();
        assertThat(why.out()).contains("closest diagnosis rules (evaluated again on incident " + id + "'s recorded error text")
                .contains("Address already in use: `port != null` failed (port = null)")
                .contains("Errno 98 without a port: `language == \"python\"` failed (language = \"shell\")");
        // both held one constraint; the one with the larger share of its conditions held comes first
        assertThat(why.out().indexOf("rule \"Address already in use\"")).isLessThan(why.out().indexOf("rule \"Errno 98 without a port\""));
        JsonNode j = Json.MAPPER.readTree(Cli.run(home, "why", id, "--json").out());
        assertThat(j.get("closest_rules").get(0).get("rule").asText()).isEqualTo("Address already in use");
        assertThat(j.get("closest_rules").get(0).get("conditions").get(2).get("facts").get(0).get("values").get("port").asText())
                .isEqualTo("null");
    }

    @Test
    void theDefaultRules_aStrategyRuleNamesTheCauseItWasGiven(@TempDir Path empty) {
        Cli.Output r = Cli.run(empty, "diagnose", "--why-not", "Repair malformed JSON",
                "ConnectionRefusedError: [Errno 111] Connection refused");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Repair malformed JSON: `cause == \"json_format\"` failed (cause = \"connection\")");
    }
}
