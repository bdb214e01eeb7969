package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.flap.FlapGuard;
import org.autoheal.flap.FlapStatus;
import org.autoheal.testing.Cli;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `health` shows breaker and backoff state, and `--reset TOOL` closes a breaker (journaled). */
class HealthFlappingTest {
    @TempDir Path dir;
    TestHome home;

    @BeforeEach
    void setUp() throws Exception {
        home = new TestHome(dir);
        home.toolchains("{\"toolchains\": {\"build\": {\"command\": [\"python3\", \"-c\", \"pass\"]},"
                + " \"other\": {\"command\": [\"python3\", \"-c\", \"pass\"]}}}");
    }

    FlapGuard guard() {
        return FlapGuard.forHome(HomeConfig.load(new Home(dir)));
    }

    @Test
    void anOpenBreaker_isUnhealthy_untilTheOperatorResetsIt() throws Exception {
        FlapGuard g = guard();
        for (int i = 0; i < 3; i++) g.recorded("build", "connection", false);
        Cli.Output r = home.autoheal("health", "--json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode failed = r.jsonObject().get("failed");
        assertThat(failed).singleElement().satisfies(c -> {
            assertThat(c.get("tool").asText()).isEqualTo("build");
            assertThat(c.get("kind").asText()).isEqualTo("flapping");
            assertThat(c.get("detail").asText()).contains("needs attention").contains("--reset build");
        });
        JsonNode f = r.jsonObject().get("flapping").get("build");
        assertThat(f.get("needs_attention").asBoolean()).isTrue();
        assertThat(f.get("breaker_cause").asText()).isEqualTo("connection");
        assertThat(f.get("causes").get(0).get("failures").asInt()).isEqualTo(3);
        assertThat(r.jsonObject().get("flapping").get("other").get("needs_attention").asBoolean()).isFalse();

        Cli.Output reset = home.autoheal("health", "--reset", "build", "--json");
        assertThat(reset.exit()).as(reset.out()).isZero();
        assertThat(reset.jsonObject().get("flapping").get("build").get("needs_attention").asBoolean()).isFalse();
        assertThat(reset.err()).contains("reset flapping control of build");
        List<String> journal = Files.readAllLines(dir.resolve("logs/autoheal/journal.jsonl"));
        assertThat(journal).anyMatch(l -> l.contains("\"event\":\"reset\"") && l.contains("\"tool\":\"build\""));
        assertThat(home.autoheal("health", "--reset", "nope").exit()).as("unknown tool").isEqualTo(2);
    }

    /** The breaker of a lone service that watch heals as service-NAME: shown, counted unhealthy, reset by either name. */
    @Test
    void aLoneServicesBreaker_isShown_andResetByTheServiceName() throws Exception {
        int port = TestHome.freePort();
        home.toolchains("{\"toolchains\": {\"build\": {\"command\": [\"python3\", \"-c\", \"pass\"]}},"
                + " \"services\": {\"dead\": {\"start\": [\"false\"], \"probe\": {\"type\": \"tcp\", \"port\": " + port + "}}}}");
        FlapGuard g = guard();
        for (int i = 0; i < 3; i++) g.recorded("service-dead", "connection", false);

        Cli.Output all = home.autoheal("health", "--json");
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.jsonObject().get("flapping").get("service-dead").get("needs_attention").asBoolean()).isTrue();
        assertThat(all.jsonObject().get("failed")).anySatisfy(c -> assertThat(c.get("detail").asText())
                .contains("needs attention").contains("--reset service-dead"));
        Cli.Output one = home.autoheal("health", "--tool", "service-dead");
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.out()).contains("dead").contains("needs attention");

        Cli.Output reset = home.autoheal("health", "--reset", "dead", "--tool", "build");
        assertThat(reset.exit()).as(reset.out() + reset.err()).isZero();
        assertThat(reset.out()).contains("reset flapping control of service-dead");
        assertThat(guard().status("service-dead").needsAttention()).isFalse();
    }

    @Test
    void aFullWindow_saysWhenTheNextHealMayStart() throws Exception {
        FlapGuard g = guard();
        for (int i = 0; i < 5; i++) g.recorded("build", "json_format", true);
        Cli.Output r = home.autoheal("health", "--tool", "build", "--json");
        assertThat(r.jsonObject().get("flapping").get("build").get("window_full_until").asText()).isNotEmpty();
        assertThat(home.autoheal("health", "--tool", "build").out()).contains("5/5 heals in the window (full: next heal at ");
    }

    @Test
    void aPendingBackoff_isShown_butHealthy() throws Exception {
        guard().recorded("build", "json_format", false);
        Cli.Output r = home.autoheal("health", "--tool", "build");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("backoff for json_format until").contains("1 failed heal)").contains("1/5 heals in the window");
    }

    @Test
    void theTable_isColoredOnlyWhenAsked() {
        FlapStatus quiet = new FlapStatus("build", false, null, null, 0, 5, null, List.of(), null);
        HealthReport report = new HealthReport(Instant.EPOCH, List.of(Check.ok("build", Check.FLAPPING, "breaker", "closed"),
                Check.failed("build", Check.JSON, "a.json", "line 1, column 2: \u001b[2J")), Map.of("build", quiet));
        assertThat(HealthText.of(report, true)).contains("\u001b[32mok\u001b[0m").contains("\u001b[31mFAIL\u001b[0m");
        assertThat(HealthText.of(report, false)).doesNotContain("\u001b");
        assertThat(report.checks().get(1).detail()).as("escapes from files are cleaned").doesNotContain("\u001b");
    }

    @Test
    void healthReadsFlappingState_withoutChangingIt() throws Exception {
        FlapGuard g = new FlapGuard(dir.resolve("state/flapping.json"), guard().policy(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC), null);
        g.recorded("build", "syntax", false);
        byte[] before = Files.readAllBytes(dir.resolve("state/flapping.json"));
        assertThat(home.autoheal("health").exit()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("state/flapping.json"))).isEqualTo(before);
    }
}
