package org.autoheal.flap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.autoheal.config.Settings;
import org.autoheal.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example timeline of docs/flapping.md, step by step, with the default policy. */
class FlapTimelineTest {
    @TempDir Path dir;
    final TestClock clock = new TestClock(at("12:00:00"));

    static Instant at(String hms) {
        return Instant.parse("2026-11-25T" + hms + "Z");
    }

    @Test
    void theDocumentedTimeline() {
        Journal journal = new Journal(dir.resolve("journal.jsonl"), 1 << 20);
        FlapGuard g = new FlapGuard(dir.resolve("flapping.json"), FlapPolicy.from(Settings.DEFAULTS), clock, journal);
        String c = "connection";
        assertThat(g.check("build", c).allowed()).isTrue();
        g.recorded("build", c, false);
        clock.at(at("12:00:10"));
        Verdict v = g.check("build", c);
        assertThat(v.reason()).isEqualTo("backoff until 2026-11-25T12:00:30Z (1st failed heal of build/connection)");
        clock.at(at("12:00:20"));
        assertThat(g.check("build", c).until()).isEqualTo(at("12:00:30"));
        clock.at(at("12:00:30"));
        assertThat(g.check("build", c).allowed()).isTrue();
        g.recorded("build", c, false);
        clock.at(at("12:01:00"));
        assertThat(g.check("build", c).until()).isEqualTo(at("12:01:30"));
        clock.at(at("12:01:30"));
        assertThat(g.check("build", c).allowed()).isTrue();
        g.recorded("build", c, false);
        assertThat(g.status("build").needsAttention()).isTrue();
        clock.at(at("12:30:00"));
        assertThat(g.check("build", c).kind()).isEqualTo(Verdict.BREAKER);
        clock.at(at("12:40:00"));
        g.healthy("build");
        assertThat(g.status("build").needsAttention()).isFalse();
        clock.at(at("12:50:00"));
        assertThat(g.check("build", c).allowed()).isTrue();
        g.recorded("build", c, false);
        assertThat(g.status("build").needsAttention()).as("half-open: re-opened at once").isTrue();
        clock.at(at("13:00:00"));
        g.reset("build");
        clock.at(at("13:00:10"));
        assertThat(g.check("build", c).allowed()).isTrue();
        g.recorded("build", c, false);
        assertThat(g.check("build", c).until()).isEqualTo(at("13:00:40"));

        List<String> events = journal.readAll().stream().map(r -> r.get("event").asText() + "@" + r.get("at").asText().substring(11, 19)).toList();
        assertThat(events).containsExactly("deferred@12:00:10", "deferred@12:01:00", "breaker_open@12:01:30",
                "deferred@12:30:00", "breaker_closed@12:40:00", "breaker_open@12:50:00", "reset@13:00:00",
                "deferred@13:00:10");
    }

    @Test
    void theDocumentedWindow() {
        FlapGuard g = new FlapGuard(dir.resolve("flapping.json"), FlapPolicy.from(Settings.DEFAULTS), clock, null);
        for (String t : List.of("14:00:00", "14:10:00", "14:20:00", "14:30:00", "14:40:00")) {
            clock.at(at(t));
            assertThat(g.check("build", "cause" + t).allowed()).isTrue();
            g.recorded("build", "cause" + t, true);
        }
        clock.at(at("14:45:00"));
        Verdict v = g.check("build", "json_format");
        assertThat(v.kind()).isEqualTo(Verdict.WINDOW);
        assertThat(v.until()).isEqualTo(at("15:00:00"));
        assertThat(v.reason()).startsWith("window: 5 heals of build within PT1H");
    }
}
