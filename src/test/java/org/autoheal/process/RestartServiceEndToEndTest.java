package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autoheal.config.Service;
import org.autoheal.config.ProbeSpec;
import org.autoheal.json.Json;
import org.autoheal.service.ServiceManager;
import org.autoheal.service.StopResult;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restart_service} through {@code repair}: AutoHeal-managed services that outlive the
 * AutoHeal process, a service managed elsewhere through its restart/stop commands, and a
 * start command that never becomes ready.
 */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class RestartServiceEndToEndTest {
    @TempDir Path dir;
    TestHome home;
    final String marker = "autoheal-test-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        home = new TestHome(dir);
    }

    @AfterEach
    void killLeftovers() throws Exception {
        Path pids = dir.resolve("state/services");
        if (Files.isDirectory(pids)) {
            try (var files = Files.list(pids)) {
                for (Path p : files.toList()) {
                    long pid = Json.MAPPER.readTree(p.toFile()).get("pid").asLong();
                    ProcessHandle.of(pid).ifPresent(h -> {
                        h.descendants().forEach(ProcessHandle::destroyForcibly);
                        h.destroyForcibly();
                    });
                }
            }
        }
        Path ext = dir.resolve("ext/server.pid");
        if (Files.exists(ext)) ProcessHandle.of(Long.parseLong(Files.readString(ext).trim())).ifPresent(ProcessHandle::destroyForcibly);
        TestHome.killAll(marker);
    }

    @Test
    void whenManagedServicesAreDown_thenRepairStartsThem_andTheyOutliveAutoHeal_untilStoppedBySignal() throws Exception {
        int web = TestHome.freePort();
        int feed = TestHome.freePort();
        home.write("tools/fetch.py", Scripts.httpClient(web));
        home.write("tools/read_feed.py", Scripts.tcpClient(feed));
        home.write("tools/tcp_server.py", Scripts.TCP_SERVER);
        home.toolchains("""
                {"toolchains": {
                   "fetch": {"command": ["python3", "tools/fetch.py"], "depends_on": ["web"]},
                   "read_feed": {"command": ["python3", "tools/read_feed.py"], "depends_on": ["feed"]}},
                 "services": {
                   "web": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1"],
                           "probe": {"type": "http", "url": "http://127.0.0.1:%d/"}, "ready_timeout": "15s"},
                   "feed": {"start": ["python3", "tools/tcp_server.py", "%d", "ignore-term"],
                            "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}, "ready_timeout": "15s"}}}
                """.formatted(web, web, feed, feed));
        assertThat(TestHome.answers(web)).isFalse();

        Cli.Output r = home.autohealJvm("repair", "--yes", "--json");

        // the AutoHeal JVM has exited: the report says healed, and both services still run
        assertThat(r.exit()).as(r.all()).isZero();
        for (int i = 0; i < 2; i++) {
            JsonNode inc = r.incident(i);
            assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("connection");
            assertThat(inc.get("attempts").get(0).get("strategy").asText()).isEqualTo("restart_service");
            assertThat(inc.get("outcome").asText()).isEqualTo("healed");
        }
        assertThat(r.incident(0).get("attempts").get(0).get("detail").asText()).contains("probe answered after");
        long webPid = pidOf("web");
        long feedPid = pidOf("feed");
        assertThat(ProcessHandle.of(webPid).map(ProcessHandle::isAlive)).contains(true);
        assertThat(ProcessHandle.of(feedPid).map(ProcessHandle::isAlive)).contains(true);
        assertThat(TestHome.answers(web)).isTrue();
        assertThat(TestHome.answers(feed)).isTrue();
        assertThat(home.read("logs/services/feed.log")).contains("listening on " + feed);
        assertThat(home.autoheal("repair", "--json").exit()).as("both toolchains pass now").isZero();

        // a later AutoHeal finds them by pid file (and by the configured start command they run):
        // SIGTERM stops the web server, the feed ignores SIGTERM and is killed after the grace period
        ServiceManager manager = new ServiceManager(dir);
        StopResult webStop = manager.stop(Service.managed("web",
                List.of("python3", "-m", "http.server", Integer.toString(web), "--bind", "127.0.0.1"), Path.of("."),
                ProbeSpec.http("http://127.0.0.1:" + web + "/")));
        assertThat(webStop.stopped()).as(webStop.detail()).isTrue();
        assertThat(webStop.forced()).as(webStop.detail()).isFalse();
        StopResult feedStop = manager.stop(Service.managed("feed",
                List.of("python3", "tools/tcp_server.py", Integer.toString(feed), "ignore-term"), Path.of("."),
                ProbeSpec.tcp("127.0.0.1", feed)), Duration.ofMillis(500));
        assertThat(feedStop.stopped()).as(feedStop.detail()).isTrue();
        assertThat(feedStop.forced()).as("SIGKILL after the grace period: " + feedStop.detail()).isTrue();
        assertThat(ProcessHandle.of(webPid).filter(TestHome::notZombie)).isEmpty();
        assertThat(ProcessHandle.of(feedPid).filter(TestHome::notZombie)).isEmpty();
        assertThat(TestHome.answers(web)).isFalse();
        assertThat(TestHome.answers(feed)).isFalse();
        assertThat(dir.resolve("state/services/web.pid")).doesNotExist();
        assertThat(dir.resolve("state/services/feed.pid")).doesNotExist();
    }

    @Test
    void whenServiceIsManagedElsewhere_thenItsRestartCommandRuns_andItsStopCommandStopsIt() throws Exception {
        int port = TestHome.freePort();
        home.write("tools/tcp_server.py", Scripts.TCP_SERVER);
        home.write("tools/svc_restart.py", Scripts.EXTERNAL_RESTART);
        home.write("tools/svc_stop.py", Scripts.EXTERNAL_STOP);
        home.write("tools/read_feed.py", Scripts.tcpClient(port));
        home.toolchains("""
                {"toolchains": {"read_feed": {"command": ["python3", "tools/read_feed.py"], "depends_on": ["ext"]}},
                 "services": {"ext": {"restart": ["python3", "tools/svc_restart.py", "%d"],
                                      "stop": ["python3", "tools/svc_stop.py"],
                                      "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}, "ready_timeout": "10s"}}}
                """.formatted(port, port));

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("strategy").asText()).isEqualTo("restart_service");
        assertThat(r.firstAttempt().get("plan").asText()).contains("svc_restart.py");
        assertThat(home.read("ext/calls.log")).isEqualTo("restart\n");
        assertThat(dir.resolve("state/services/ext.pid")).as("AutoHeal does not manage it").doesNotExist();
        long serverPid = Long.parseLong(home.read("ext/server.pid").trim());
        assertThat(TestHome.answers(port)).isTrue();

        Service spec = new Service("ext", null, List.of("python3", "tools/svc_restart.py", "" + port),
                List.of("python3", "tools/svc_stop.py"), Path.of("."), Map.of(), ProbeSpec.tcp("127.0.0.1", port), null);
        StopResult stop = new ServiceManager(dir).stop(spec);
        assertThat(stop.action()).isEqualTo("stop-command");
        assertThat(stop.stopped()).as(stop.detail()).isTrue();
        assertThat(home.read("ext/calls.log")).isEqualTo("restart\nstop\n");
        assertThat(ProcessHandle.of(serverPid).filter(TestHome::notZombie)).isEmpty();
        assertThat(TestHome.answers(port)).isFalse();
    }

    @Test
    void whenTheServiceNeverBecomesReady_thenTheAttemptFailsWithTheReadyTimeout_andNoProcessIsLeft() throws Exception {
        int port = TestHome.freePort();
        home.write("tools/read_feed.py", Scripts.tcpClient(port));
        home.toolchains("""
                {"toolchains": {"read_feed": {"command": ["python3", "tools/read_feed.py"], "depends_on": ["stuck"]}},
                 "services": {"stuck": {"start": ["python3", "-c", "import time; time.sleep(120)", "%s"],
                                        "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}, "ready_timeout": "1s"}}}
                """.formatted(marker, port));

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode attempt = r.firstAttempt();
        assertThat(attempt.get("strategy").asText()).isEqualTo("restart_service");
        assertThat(attempt.get("outcome").asText()).as("apply threw: the strategy could not restart it").isEqualTo("error");
        assertThat(attempt.get("detail").asText()).contains("service 'stuck' not ready after 1s")
                .contains("tcp 127.0.0.1:" + port).contains("ready_timeout");
        assertThat(r.incident(0).get("outcome").asText()).isEqualTo("failed");
        assertThat(Wait.until(() -> TestHome.withArgument(marker).isEmpty(), Duration.ofSeconds(10)))
                .as("the half-started service was stopped, not orphaned: %s", TestHome.withArgument(marker)).isTrue();
        assertThat(dir.resolve("state/services/stuck.pid")).doesNotExist();
        assertThat(home.read("logs/services/stuck.log")).contains("starting 'stuck'");
    }

    private long pidOf(String service) throws Exception {
        Path file = dir.resolve("state/services/" + service + ".pid");
        assertThat(file).exists();
        return Json.MAPPER.readTree(file.toFile()).get("pid").asLong();
    }
}
