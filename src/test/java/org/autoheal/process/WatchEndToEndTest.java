package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.autoheal.json.Json;
import org.autoheal.service.ServiceManager;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code autoheal watch --yes --listen} process: a service that is down comes up, is killed
 * and comes back; other programs report errors over HTTP (Java and the Python client example);
 * SIGTERM ends the daemon with exit 0.
 */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class WatchEndToEndTest {
    @TempDir Path dir;
    Process watch;
    TestHome home;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() throws Exception {
        if (watch != null && watch.isAlive()) watch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        if (home != null) servicePid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void serviceKilledComesBack_reportsAreAnswered_andSigtermExitsZero() throws Exception {
        home = new TestHome(dir);
        int port = TestHome.freePort();
        home.write("tools/client.py", """
                import sys, urllib.request
                urllib.request.urlopen("http://127.0.0.1:%d/", timeout=5).read()
                print("ok")
                """.formatted(port));
        home.toolchains("""
                {"toolchains": {"client": {"command": ["python3", "tools/client.py"], "depends_on": ["web"]}},
                 "services": {"web": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1"],
                                      "probe": {"type": "http", "url": "http://127.0.0.1:%d/"}, "ready_timeout": "20s"}}}
                """.formatted(port, port));
        Path out = dir.resolve("watch.out");
        watch = Cli.startJvm(out, "--home", home.root().toString(), "watch", "--interval", "1s", "--yes", "--listen", "127.0.0.1:0");

        // 1. the service is down at the start: the first rounds heal the client by starting it
        assertThat(Wait.until(() -> TestHome.answers(port), Duration.ofSeconds(90))).as(read(out)).isTrue();
        assertThat(Wait.until(() -> healedIncidents() >= 1, Duration.ofSeconds(30))).as(read(out)).isTrue();
        // 2. killed, it comes back through the next round
        servicePid().flatMap(ProcessHandle::of).orElseThrow().destroyForcibly();
        assertThat(Wait.until(() -> !TestHome.answers(port), Duration.ofSeconds(10))).isTrue();
        assertThat(Wait.until(() -> TestHome.answers(port), Duration.ofSeconds(90))).as(read(out)).isTrue();
        assertThat(Wait.until(() -> healedIncidents() >= 2, Duration.ofSeconds(30))).as(read(out)).isTrue();

        // 3. the intake answers reports with the token, and only with it
        String base = intakeUrl(out);
        String token = Files.readString(home.root().resolve("state/intake.token")).strip();
        var noToken = http.send(HttpRequest.newBuilder(URI.create(base + "errors"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        var r = post(base, token, "{\"tool\":\"client\",\"text\":\"Traceback (most recent call last):\\n  File \\\"x.py\\\", line 1, in <module>\\nModuleNotFoundError: No module named 'yaml'\\n\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode inc = Json.MAPPER.readTree(r.body());
        assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("missing_module");
        assertThat(inc.get("outcome").asText()).isEqualTo("diagnosed");
        assertThat(inc.get("proposals").get(0).get("strategy").asText()).isEqualTo("install_module");
        assertThat(inc.get("heal").get("allowed").asBoolean()).isFalse();
        String id = inc.get("id").asText();
        assertThat(get(base + "incidents/" + id, token).body()).contains("\"outcome\":\"diagnosed\"");
        assertThat(get(base + "incidents/" + id + "/why", token).body()).contains("missing_module");
        assertThat(get(base + "rules", token).body()).contains("\"rules\"");
        var health = get(base + "health", token);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(health.body()).get("healthy").asBoolean()).isTrue();
        assertThat(get(base + "metrics", token).body())
                .contains("autoheal_incidents_total{cause=\"connection\",outcome=\"healed\"}")
                .contains("autoheal_incidents_total{cause=\"missing_module\",outcome=\"diagnosed\"} 1");

        // 4. the Python client example: runs a failing tool, reports it, prints the diagnosis and
        // that the heal it asked for was refused (intake.heal is "never" by default)
        Path client = Path.of("examples/python/autoheal_client.py").toAbsolutePath();
        Process py = new ProcessBuilder("python3", client.toString(), "--url", base.replace("/v1/", ""), "--home",
                home.root().toString(), "--tool", "client", "--heal", "--", "python3", "-c", "import nosuchmodule_xyz")
                .redirectErrorStream(true).start();
        String pyOut = new String(py.getInputStream().readAllBytes());
        assertThat(py.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(py.exitValue()).as(pyOut).isEqualTo(1); // the tool's own status
        assertThat(pyOut).contains("diagnosis: missing_module").contains("install_module")
                .contains("heal refused: intake.heal is \"never\" in config/autoheal.json");

        // 5. SIGTERM: the daemon ends the round and exits 0; the service it started keeps running
        watch.destroy();
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.exitValue()).as(read(out)).isZero();
        assertThat(read(out)).contains("stop requested").contains(" stopped");
        assertThat(TestHome.answers(port)).isTrue();
    }

    private java.util.Optional<Long> servicePid() {
        try {
            Path f = new ServiceManager(home.root()).pidFile("web");
            return Files.exists(f) ? java.util.Optional.of(Json.MAPPER.readTree(f.toFile()).get("pid").asLong()) : java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private long healedIncidents() {
        try {
            return Files.readAllLines(home.root().resolve("logs/autoheal/journal.jsonl")).stream()
                    .filter(l -> l.contains("\"type\":\"incident\"") && l.contains("\"outcome\":\"healed\"")).count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static String intakeUrl(Path out) throws Exception {
        assertThat(Wait.until(() -> read(out).contains("intake on http://"), Duration.ofSeconds(30))).isTrue();
        String text = read(out);
        int at = text.indexOf("intake on http://") + "intake on ".length();
        return text.substring(at, text.indexOf("/v1/", at) + 4);
    }

    private HttpResponse<String> post(String base, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "errors")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (Exception e) {
            return "";
        }
    }
}
