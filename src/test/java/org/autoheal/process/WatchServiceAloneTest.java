package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.api.AutoHeal;
import org.autoheal.heal.Approver;
import org.autoheal.heal.Incident;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.watch.WatchRound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service that no toolchain depends on, down: a watch round heals it like a toolchain, through
 * its stand-in (a probe run in a real process), restart_service and a verifying probe; the next
 * round finds it healthy and does nothing.
 */
@Tag(Tags.PROCESS)
class WatchServiceAloneTest {
    @TempDir Path dir;
    String marker;

    @AfterEach
    void cleanUp() {
        if (marker != null) TestHome.killAll(marker);
    }

    @Test
    void aServiceNobodyDependsOnIsRestartedAndVerifiedByItsProbe() throws Exception {
        int port = TestHome.freePort();
        TestHome home = homeWithService(port, "{\"type\": \"http\", \"url\": \"http://127.0.0.1:" + port + "/\"}");
        AutoHeal autoheal = AutoHeal.open(home.root());
        List<String> events = new CopyOnWriteArrayList<>();
        List<Incident> incidents = new CopyOnWriteArrayList<>();
        WatchRound round = new WatchRound(autoheal, Approver.ALWAYS, Duration.ofSeconds(2), events::add, incidents::add);

        round.run(() -> false);

        assertThat(TestHome.answers(port)).as(String.join("\n", events)).isTrue();
        assertThat(incidents).as(String.join("\n", events)).singleElement().satisfies(i -> {
            assertThat(i.tool()).isEqualTo("service-api");
            assertThat(i.decision().primary().getCause()).isEqualTo("connection");
            assertThat(i.outcome()).isEqualTo("healed");
            assertThat(i.attempts()).first().satisfies(a -> {
                assertThat(a.strategy()).isEqualTo("restart_service");
                assertThat(a.outcome()).isEqualTo("healed");
            });
        });
        String journal = Files.readString(home.root().resolve("logs/autoheal/journal.jsonl"));
        assertThat(journal).contains("\"tool\":\"service-api\"").contains("restart_service");

        incidents.clear();
        round.run(() -> false);
        assertThat(incidents).isEmpty();
    }

    @Test
    void withoutApprovalTheHealIsOnlyPlanned() throws Exception {
        int port = TestHome.freePort();
        TestHome home = homeWithService(port, "{\"type\": \"tcp\", \"host\": \"127.0.0.1\", \"port\": " + port + "}");
        List<Incident> incidents = new CopyOnWriteArrayList<>();
        List<String> events = new CopyOnWriteArrayList<>();
        new WatchRound(AutoHeal.open(home.root()), Approver.NEVER, Duration.ofSeconds(2), events::add, incidents::add)
                .run(() -> false);
        assertThat(TestHome.answers(port)).isFalse();
        assertThat(incidents).as(String.join("\n", events)).singleElement()
                .satisfies(i -> assertThat(i.attempts()).first().satisfies(a -> assertThat(a.outcome()).isEqualTo("skipped")));
    }

    /** A home with no toolchains and one service, "api", a Python HTTP server on {@code port}, down. */
    private TestHome homeWithService(int port, String probe) throws Exception {
        TestHome home = new TestHome(dir);
        marker = Integer.toString(port);
        home.toolchains("""
                {"toolchains": {},
                 "services": {"api": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1"],
                                      "probe": %s, "ready_timeout": "20s"}}}
                """.formatted(port, probe));
        return home;
    }
}
