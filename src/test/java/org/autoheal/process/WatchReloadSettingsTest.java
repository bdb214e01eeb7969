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
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 6: a reload applies what it announces. A real `watch --listen` process: editing
 * intake.heal in config/autoheal.json changes the next request's answer without a restart; a
 * setting the running intake cannot take (request_timeout) is named in the reload line.
 */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class WatchReloadSettingsTest {
    @TempDir Path dir;
    Process watch;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (watch != null && watch.isAlive()) watch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void whenIntakeHealIsEdited_thenTheNextRequestSeesIt_andRestartOnlySettingsAreNamed() throws Exception {
        TestHome home = new TestHome(dir);
        home.toolchains("{\"toolchains\": {\"client\": {\"command\": [\"true\"]}}}");
        home.settings("{\"intake\": {\"heal\": \"never\"}}");
        Path out = dir.resolve("watch.out");
        watch = Cli.startJvm(out, "--home", home.root().toString(), "watch", "--interval", "1s", "--listen", "127.0.0.1:0");
        assertThat(Wait.until(() -> read(out).contains("intake on http://"), Duration.ofSeconds(60))).as(read(out)).isTrue();
        String text = read(out);
        int at = text.indexOf("intake on http://") + "intake on ".length();
        String base = text.substring(at, text.indexOf("/v1/", at) + 4);
        String token = Files.readString(home.root().resolve("state/intake.token")).strip();

        assertThat(heal(base, token).get("allowed").asBoolean()).isFalse();
        home.settings("{\"intake\": {\"heal\": \"on_request\", \"request_timeout\": \"30s\"}}");
        assertThat(Wait.until(() -> read(out).contains("reload: serving"), Duration.ofSeconds(30))).as(read(out)).isTrue();
        JsonNode grant = heal(base, token);
        assertThat(grant.get("allowed").asBoolean()).as(grant.toString()).isTrue();
        assertThat(grant.get("why").asText()).contains("on_request");
        assertThat(read(out)).contains("config/autoheal.json changed")
                .contains("needs a restart of watch to take effect: intake.request_timeout ('10s' in effect, '30s' in the file)");
    }

    private JsonNode heal(String base, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "errors")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"tool\": \"client\", \"heal\": true, \"text\": \"something odd happened\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body()).get("heal");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (Exception e) {
            return "";
        }
    }
}
