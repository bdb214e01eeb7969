package org.autoheal.heal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.Spin;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repair} on a toolchain whose error springs a rule that never returns: the run ends with
 * the incident undiagnosed, nothing changed, and the incident (report and journal) names the rule.
 */
@Tag(Tags.PROCESS)
class RepairDeadlineTest {
    @TempDir Path home;

    @BeforeEach
    void arm() {
        Spin.arm();
    }

    @AfterEach
    void release() throws InterruptedException {
        Spin.releaseAll();
        Wait.until(() -> DecisionDeadline.stuckInProcess() == 0, Duration.ofSeconds(30));
    }

    private void write(String rel, String text) throws Exception {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aRuleThatNeverReturns_leavesTheIncidentUndiagnosed_namingTheRule() throws Exception {
        write("config/autoheal.json", "{\"limits\": {\"decision_timeout\": \"500ms\"}}");
        write("config/toolchains.json", """
                {"toolchains": {"trap": {"command": ["python3", "-c", "import sys; sys.exit('TRAP_MARKER hit')"]}}}
                """);
        write("rules/trap.drl", """
                package org.autoheal.rules.site;
                dialect "mvel"
                import org.autoheal.facts.*;
                import org.autoheal.engine.Spin;

                rule "Trap"
                when
                    $e : ToolchainError( raw contains "TRAP_MARKER" )
                then
                    Spin.forever();
                end
                """);
        long t0 = System.nanoTime();
        Cli.Output r = Cli.run(home, "repair", "--yes", "--json");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode incident = Json.MAPPER.readTree(r.out()).get("incidents").get(0);
        assertThat(incident.get("outcome").asText()).isEqualTo("undiagnosed");
        assertThat(incident.get("warnings").get(0).asText())
                .startsWith("rule \"Trap\" (rules/trap.drl:6), in its consequence, was still running after 500ms (limits.decision_timeout)");
        JsonNode journaled = org.autoheal.api.AutoHeal.open(home).incident(incident.get("id").asText()).orElseThrow();
        assertThat(journaled.get("warnings").get(0).asText()).contains("rule \"Trap\" (rules/trap.drl:6)");
        assertThat(home.resolve("backups")).doesNotExist();
    }
}
