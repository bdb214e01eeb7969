package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 9: `autoheal services` shows the configured services (state, pid, since, probe,
 * last restart); `services start NAME` and `services stop NAME|--all` act on them; a pid file
 * that names someone else's process is never believed nor signalled.
 */
@Tag(Tags.PROCESS)
class ServicesCommandTest {
    @TempDir Path dir;
    TestHome home;
    final String marker = "autoheal-test-" + UUID.randomUUID();
    int web;

    @BeforeEach
    void home() throws Exception {
        home = new TestHome(dir);
        web = TestHome.freePort();
        home.write("tools/fetch.py", Scripts.httpClient(web));
        home.toolchains("""
                {"toolchains": {"fetch": {"command": ["python3", "tools/fetch.py"], "depends_on": ["web"]}},
                 "services": {
                   "web": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1", "--directory", "%s"],
                           "probe": {"type": "http", "url": "http://127.0.0.1:%d/"}, "ready_timeout": "15s"},
                   "db": {"restart": ["true"], "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}}}}
                """.formatted(web, marker, web, TestHome.freePort()));
        Files.createDirectories(dir.resolve(marker));
    }

    @AfterEach
    void cleanup() {
        TestHome.killAll(marker);
    }

    JsonNode row(String name) throws Exception {
        Cli.Output r = home.autoheal("services", "--json");
        for (JsonNode s : Json.MAPPER.readTree(r.out()).get("services")) {
            if (s.get("name").asText().equals(name)) return s;
        }
        throw new AssertionError("no service " + name + " in " + r.all());
    }

    @Test
    void whenStartedAndStopped_thenListShowsStatePidSinceAndLastRestart() throws Exception {
        Cli.Output list = home.autoheal("services");
        assertThat(list.exit()).as(list.all()).isEqualTo(1); // something is down
        assertThat(list.out()).contains("SERVICE", "STATE", "PID", "SINCE", "PROBE", "LAST RESTART")
                .containsPattern("web +autoheal +down +- +- +http http://127.0.0.1:" + web)
                .containsPattern("db +external +down");

        Instant before = Instant.now().minusSeconds(2);
        Cli.Output start = home.autoheal("services", "start", "web");
        assertThat(start.exit()).as(start.all()).isZero();
        assertThat(start.out()).contains("started web: pid ").contains("probe answered after").contains("logs/services/web.log");
        JsonNode web = row("web");
        assertThat(web.get("state").asText()).isEqualTo("running");
        long pid = web.get("pid").asLong();
        assertThat(TestHome.withArgument(marker)).extracting(ProcessHandle::pid).contains(pid);
        assertThat(Instant.parse(web.get("since").asText())).isAfter(before);
        assertThat(web.get("last_restart").asText()).contains("start by hand");
        assertThat(home.autoheal("services", "start", "web").err()).contains("already running as pid " + pid);

        Cli.Output stop = home.autoheal("services", "stop", "web");
        assertThat(stop.exit()).as(stop.all()).isZero();
        assertThat(stop.out()).startsWith("stopped web: ");
        assertThat(ProcessHandle.of(pid).map(h -> {
            h.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> h).join();
            return TestHome.notZombie(h) && h.isAlive();
        })).isIn(java.util.Optional.empty(), java.util.Optional.of(false));
        assertThat(row("web").get("state").asText()).isEqualTo("down");
        assertThat(row("web").get("last_restart").asText()).contains("stop by hand");
        assertThat(home.read("logs/autoheal/journal.jsonl")).contains("\"type\":\"service\"", "\"action\":\"start\"", "\"action\":\"stop\"");
    }

    @Test
    void whenPidFileNamesAnotherProcess_thenItIsNeitherShownNorStopped() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            String started = other.info().startInstant().orElseThrow().toString();
            home.write("state/services/web.pid", Json.MAPPER.writeValueAsString(Json.object().put("name", "web")
                    .put("pid", other.pid()).put("startTime", started).put("logOffset", 0)));
            assertThat(row("web").get("state").asText()).isEqualTo("down");
            assertThat(row("web").get("pid").isNull()).isTrue();
            Cli.Output stop = home.autoheal("services", "stop", "--all");
            assertThat(stop.out()).contains("web").contains("db");
            assertThat(other.isAlive()).as(stop.all()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void whenNameUnknownOrNotStartable_thenExit2() {
        Cli.Output r = home.autoheal("services", "start", "nosuch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown service 'nosuch'; config/toolchains.json defines: web, db");
        r = home.autoheal("services", "start", "db");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("service 'db' has no start command");
        assertThat(home.autoheal("services", "stop").exit()).isEqualTo(2);
    }
}
