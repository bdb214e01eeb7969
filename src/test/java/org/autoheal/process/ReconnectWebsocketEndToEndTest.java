package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.autoheal.config.Service;
import org.autoheal.config.ProbeSpec;
import org.autoheal.service.Probes;
import org.autoheal.service.ServiceManager;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reconnect_websocket} through {@code repair}: the bundled ws_server.py is a managed service
 * probed by a real WebSocket handshake; while it is down, ws_client.py fails, reconnect_websocket
 * outranks restart_service, restarts the server and re-runs the client.
 */
@Tag(Tags.PROCESS)
class ReconnectWebsocketEndToEndTest {
    @TempDir Path dir;
    Service spec;

    @AfterEach
    void stopTheService() {
        if (spec != null) new ServiceManager(dir).stop(spec, Duration.ofSeconds(1));
    }

    @Test
    void whenTheWebSocketServiceIsDown_thenReconnectOutranksRestart_restartsIt_andTheClientConnects() throws Exception {
        TestHome home = new TestHome(dir);
        int port = TestHome.freePort();
        String url = "ws://127.0.0.1:" + port + "/events";
        home.demoResource("ws_server.py", "tools/ws_server.py");
        home.demoResource("ws_client.py", "tools/ws_client.py");
        home.toolchains("""
                {"toolchains": {"client": {"command": ["python3", "tools/ws_client.py", "%s"], "depends_on": ["events"]}},
                 "services": {"events": {"start": ["python3", "tools/ws_server.py", "--port", "%d", "--path", "/events"],
                                         "probe": {"type": "websocket", "url": "%s"}, "ready_timeout": "15s"}}}
                """.formatted(url, port, url));
        // as configured: AutoHeal signals a service only when it runs the configured start command
        spec = Service.managed("events", List.of("python3", "tools/ws_server.py", "--port", Integer.toString(port),
                "--path", "/events"), Path.of("."), ProbeSpec.websocket(url));

        // the plan: both strategies are proposed, reconnect_websocket first
        Cli.Output plan = home.autoheal("repair", "--dry-run", "--json");
        assertThat(plan.incident(0).get("diagnosis").get("cause").asText()).as(plan.all()).isEqualTo("websocket");
        JsonNode planned = plan.incident(0).get("attempts");
        assertThat(planned).extracting(a -> a.get("strategy").asText()).startsWith("reconnect_websocket").contains("restart_service");
        int reconnectSalience = planned.get(0).get("salience").asInt();
        for (JsonNode a : planned) {
            if (a.get("strategy").asText().equals("restart_service")) assertThat(a.get("salience").asInt()).isLessThan(reconnectSalience);
        }

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode attempt = r.firstAttempt();
        assertThat(attempt.get("strategy").asText()).isEqualTo("reconnect_websocket");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(attempt.get("detail").asText()).contains("handshake failed").contains("restarted events");
        assertThat(r.incident(0).get("attempts")).hasSize(1);
        assertThat(Probes.of(ProbeSpec.websocket(url)).check(Duration.ofSeconds(2)).up()).isTrue();
        assertThat(dir.resolve("state/services/events.pid")).exists();
        assertThat(home.read("logs/services/events.log")).contains("starting 'events'");
    }
}
