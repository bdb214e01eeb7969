package org.autoheal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rules check` warns about rules that compile but cannot work (a cause nobody produces, a {param}
 * nobody passes); `diagnose` flags a proposal for an unregistered strategy as `rules check` does (exit 1).
 */
class RuleCrossCheckCliTest {
    @TempDir static Path home;

    static final String RULES = """
            package org.autoheal.rules;
            dialect "mvel"
            import org.autoheal.facts.*;

            rule "Address already in use"
                @kind(diagnosis)
            when
                $e : ToolchainError( message contains "Address already in use" )
            then
                insert( Diagnosis.of("addr_in_use", $e).with("port", "8080") );
            end

            rule "Free the port"
                @kind(strategy)
                salience 60
            when
                $d : Diagnosis( cause == "addr_in_use" )
            then
                insert( Proposal.of("free_port", $d).with("port", $d.get("port")) );
            end

            rule "Wait for the address"
                @kind(strategy)
                salience 50
            when
                $d : Diagnosis( cause in ("addr_inuse", "addr_in_use") )
            then
                insert( Proposal.of("free_port", $d).with("port", $d.get("port")) );
            end
            """;

    @BeforeAll
    static void writeHome() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.writeString(home.resolve("rules/addr.drl"), RULES);
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autoheal.json"), "{\"strategies\": {\"free_port\": {\"command\": "
                + "[\"python3\", \"tools/free.py\", \"{port}\", \"--pid\", \"{pid}\"]}}}");
    }

    @Test
    void aCauseNobodyProduces_andAParamNobodyPasses_areWarnings() {
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ok: 3 rules").contains("2 warning(s) on stderr");
        assertThat(r.err()).contains("rules/addr.drl:22:1: warning: rule \"Wait for the address\" matches cause \"addr_inuse\", "
                + "which no diagnosis rule produces")
                .contains("rules/addr.drl:13:1: warning: command strategy 'free_port' (config/autoheal.json) uses {pid}, "
                        + "which no rule proposing it passes (they pass: port)")
                .doesNotContain("{port}");
    }

    @Test
    void diagnoseFlagsAProposalForAnUnregisteredStrategy_likeRulesCheck(@TempDir Path other) throws Exception {
        Files.createDirectories(other.resolve("rules"));
        Files.writeString(other.resolve("rules/addr.drl"), RULES);
        String text = "OSError: [Errno 98] Address already in use";
        Cli.Output r = Cli.run(other, "diagnose", text);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("free_port");
        assertThat(r.err()).contains("error: rules/addr.drl:13:1: rule \"Free the port\" proposes strategy 'free_port', which is not registered");
        Cli.Output j = Cli.run(other, "diagnose", "--json", text);
        assertThat(j.exit()).isEqualTo(1);
        JsonNode n = Json.MAPPER.readTree(j.out());
        assertThat(n.get("unregistered_strategies")).hasSize(1); // both rules propose free_port {port=8080}: one proposal
        assertThat(Cli.run(other, "rules", "check").exit()).as("rules check rejects the same rule").isEqualTo(1);
        assertThat(Cli.run(home, "diagnose", text).exit()).as("declared: diagnosed and registered").isZero();
    }
}
