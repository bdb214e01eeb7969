package org.autoheal.flap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.autoheal.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flapping timelines driven by an explicit clock; state and journal are real files. */
class FlapGuardTest {
    static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    @TempDir Path dir;
    final TestClock clock = new TestClock(T0);

    FlapGuard guard(FlapPolicy p) {
        return new FlapGuard(dir.resolve("state/flapping.json"), p, clock, journal());
    }

    Journal journal() {
        return new Journal(dir.resolve("journal.jsonl"), 1 << 20);
    }

    static FlapPolicy policy(int maxHeals, int breakerFailures) {
        return new FlapPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1), maxHeals,
                Duration.ofHours(1), breakerFailures);
    }

    List<JsonNode> flapEvents(String event) {
        return journal().readAll().stream().filter(r -> r.path("type").asText().equals("flapping")
                && r.path("event").asText().equals(event)).toList();
    }

    @Test
    void backoffDoublesAfterEachFailedHeal_andStopsAtTheCap() {
        FlapGuard g = guard(policy(100, 100));
        assertThat(g.check("build", "connection").allowed()).isTrue();
        List<Duration> waits = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(120), Duration.ofSeconds(120));
        for (int i = 0; i < waits.size(); i++) {
            Instant failedAt = clock.instant();
            g.recorded("build", "connection", false);
            Instant due = failedAt.plus(waits.get(i));
            clock.at(due.minusSeconds(1));
            Verdict v = g.check("build", "connection");
            assertThat(v.allowed()).as("failure %d", i + 1).isFalse();
            assertThat(v.kind()).isEqualTo(Verdict.BACKOFF);
            assertThat(v.until()).as("failure %d", i + 1).isEqualTo(due);
            assertThat(v.reason()).contains("backoff until " + due).contains("of build/connection");
            clock.at(due);
            assertThat(g.check("build", "connection").allowed()).as("failure %d", i + 1).isTrue();
        }
        assertThat(g.check("build", "permission").allowed()).as("another cause has its own backoff").isTrue();
    }

    @Test
    void aHealThatWorks_endsTheBackoffOfItsCause() {
        FlapGuard g = guard(policy(100, 100));
        g.recorded("build", "connection", false);
        g.recorded("build", "connection", true);
        assertThat(g.check("build", "connection").allowed()).isTrue();
        g.recorded("build", "connection", false);
        assertThat(g.check("build", "connection").until()).as("back to the base wait").isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void atMostMaxHealsPerWindow_thenWaitsUntilTheOldestLeavesIt() {
        FlapGuard g = guard(policy(3, 100));
        for (int i = 0; i < 3; i++) {
            clock.at(T0.plus(Duration.ofMinutes(10L * i)));
            assertThat(g.check("api", "missing_module").allowed()).isTrue();
            g.recorded("api", "missing_module", true);
        }
        clock.at(T0.plus(Duration.ofMinutes(30)));
        Verdict v = g.check("api", "json_format");
        assertThat(v.allowed()).as("the window counts every heal of the toolchain").isFalse();
        assertThat(v.kind()).isEqualTo(Verdict.WINDOW);
        assertThat(v.until()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(g.status("api").healsInWindow()).isEqualTo(3);
        clock.at(T0.plus(Duration.ofHours(1)).minusMillis(1));
        assertThat(g.check("api", "json_format").allowed()).isFalse();
        clock.at(T0.plus(Duration.ofHours(1)));
        assertThat(g.check("api", "json_format").allowed()).isTrue();
        assertThat(g.status("api").healsInWindow()).isEqualTo(2);
    }

    @Test
    void breakerOpensAfterNFailedHeals_andStaysOpenUntilSeenHealthy() {
        FlapGuard g = guard(policy(100, 3));
        g.recorded("build", "connection", false);
        g.recorded("build", "connection", false);
        assertThat(g.status("build").needsAttention()).isFalse();
        assertThat(flapEvents("breaker_open")).isEmpty();
        clock.plus(Duration.ofMinutes(5));
        g.recorded("build", "connection", false);
        FlapStatus s = g.status("build");
        assertThat(s.needsAttention()).isTrue();
        assertThat(s.breakerCause()).isEqualTo("connection");
        assertThat(flapEvents("breaker_open")).hasSize(1);
        clock.plus(Duration.ofDays(2)); // long past any backoff
        Verdict v = g.check("build", "syntax");
        assertThat(v.allowed()).as("an open breaker stops every heal of the toolchain").isFalse();
        assertThat(v.kind()).isEqualTo(Verdict.BREAKER);
        assertThat(v.until()).isNull();
        assertThat(v.reason()).contains("needs attention").contains("autoheal health --reset build");

        g.healthy("build");
        assertThat(g.status("build").needsAttention()).isFalse();
        assertThat(flapEvents("breaker_closed")).hasSize(1);
        assertThat(g.check("build", "connection").allowed()).isTrue();
        // half-open: within reset_after one more failed heal opens it again at once
        g.recorded("build", "connection", false);
        assertThat(g.status("build").needsAttention()).isTrue();
        assertThat(flapEvents("breaker_open")).hasSize(2);
    }

    @Test
    void operatorReset_closesTheBreaker_andIsJournaled() {
        FlapGuard g = guard(policy(100, 2));
        g.recorded("build", "connection", false);
        g.recorded("build", "connection", false);
        assertThat(g.check("build", "connection").kind()).isEqualTo(Verdict.BREAKER);
        assertThat(g.reset("build")).isTrue();
        assertThat(g.check("build", "connection").allowed()).as("reset forgets backoff too").isTrue();
        assertThat(g.status("build").quiet()).isTrue();
        assertThat(flapEvents("reset")).singleElement().satisfies(r -> assertThat(r.get("tool").asText()).isEqualTo("build"));
    }

    @Test
    void healthyForResetAfter_forgetsFailedHeals_butAFailureRestartsThePeriod() {
        FlapGuard g = guard(policy(100, 100));
        g.recorded("build", "connection", false);
        g.recorded("build", "connection", false);
        clock.plus(Duration.ofMinutes(10));
        g.healthy("build");
        clock.plus(Duration.ofMinutes(59));
        g.healthy("build");
        assertThat(g.status("build").causes().get(0).failures()).isEqualTo(2);
        g.check("build", "connection"); // a failure seen: the healthy period ends
        clock.plus(Duration.ofMinutes(2));
        g.healthy("build");
        clock.plus(Duration.ofMinutes(59));
        g.healthy("build");
        assertThat(g.status("build").causes().get(0).failures()).as("only 59 minutes healthy").isEqualTo(2);
        clock.plus(Duration.ofMinutes(1));
        g.healthy("build");
        assertThat(g.status("build").causes()).isEmpty();
        assertThat(flapEvents("backoff_reset")).hasSize(1);
        Instant failedAt = clock.instant();
        g.recorded("build", "connection", false);
        assertThat(g.check("build", "connection").until()).as("base wait again").isEqualTo(failedAt.plusSeconds(30));
    }

    @Test
    void aDeferralIsJournaledOncePerWait() {
        FlapGuard g = guard(policy(100, 100));
        g.recorded("build", "connection", false);
        g.check("build", "connection");
        clock.plus(Duration.ofSeconds(5));
        g.check("build", "connection");
        List<JsonNode> deferred = flapEvents("deferred");
        assertThat(deferred).hasSize(1);
        assertThat(deferred.get(0).get("until").asText()).isEqualTo(T0.plusSeconds(30).toString());
        assertThat(deferred.get(0).get("cause").asText()).isEqualTo("connection");
    }

    @Test
    void stateSurvivesANewGuard() {
        guard(policy(100, 2)).recorded("build", "connection", false);
        FlapGuard second = guard(policy(100, 2));
        assertThat(second.check("build", "connection").until()).isEqualTo(T0.plusSeconds(30));
        second.recorded("build", "connection", false);
        FlapGuard third = guard(policy(100, 2));
        assertThat(third.status("build").needsAttention()).isTrue();
        assertThat(third.status("build").breakerOpenedAt()).isEqualTo(T0);
    }

    @Test
    void aCorruptStateFile_isAFreshStart_andIsReplacedByValidJson() throws Exception {
        Path file = dir.resolve("state/flapping.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"tools\": {\"build\": {\"breaker\": ");
        FlapGuard g = guard(policy(100, 1));
        assertThat(g.status("build").quiet()).isTrue();
        assertThat(g.check("build", "connection").allowed()).isTrue();
        g.recorded("build", "connection", false);
        JsonNode saved = org.autoheal.json.Json.MAPPER.readTree(file.toFile());
        assertThat(saved.at("/tools/build/breaker/cause").asText()).isEqualTo("connection");
        Files.writeString(file, "{\"version\": 1, \"tools\": {\"build\": {\"heals\": [\"yesterday\"]}}}");
        assertThat(guard(policy(100, 1)).status("build").quiet()).as("a wrong value is corrupt too").isTrue();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("flapping.json"))
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aTamperedStateFile_withControlCharactersInNames_orOversized_isAFreshStart() throws Exception {
        Path file = dir.resolve("state/flapping.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": 1, \"tools\": {\"\\u001b[2Jbuild\": {\"breaker\": {\"opened_at\": \""
                + T0 + "\", \"cause\": \"connection\", \"failures\": 3}}}}");
        FlapGuard g = guard(policy(100, 1));
        assertThat(g.statuses(List.of("build")).keySet()).as("a name AutoHeal never writes is not shown").containsExactly("build");

        Files.writeString(file, "{\"version\": 1, \"tools\": {\"build\": {\"heals\": [" + ("\"" + T0 + "\",").repeat(200_000)
                + "\"" + T0 + "\"]}}}");
        assertThat(Files.size(file)).isGreaterThan(4L << 20);
        assertThat(guard(policy(1, 1)).check("build", "connection").allowed()).as("an oversized file is not read").isTrue();
    }
}
