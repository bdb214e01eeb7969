package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.autoheal.service.TcpProbe;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `autoheal health` against real services on 127.0.0.1: a raw ServerSocket and python3's http.server. */
@Tag(Tags.PROCESS)
class HealthServicesTest {
    @TempDir Path dir;
    TestHome home;

    @BeforeEach
    void setUp() {
        home = new TestHome(dir);
    }

    @Test
    void tcpServiceUp_isExit0_andClosed_isExit1NamingTheService() throws Exception {
        int port = TestHome.freePort();
        home.toolchains("""
                {"toolchains": {"client": {"command": ["python3", "-c", "pass"], "depends_on": ["db"]}},
                 "services": {"db": {"restart": ["true"], "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}}}}
                """.formatted(port));
        try (ServerSocket server = new ServerSocket(port, 5, InetAddress.getLoopbackAddress())) {
            Cli.Output up = home.autoheal("health", "--tool", "client", "--json");
            assertThat(up.exit()).as(up.out() + up.err()).isZero();
            assertThat(up.jsonObject().get("healthy").asBoolean()).isTrue();
            assertThat(up.jsonObject().get("failed")).isEmpty();
            assertThat(TestHome.healthCheck(up.jsonObject(), "service", "db").get("ok").asBoolean()).isTrue();
        }
        Cli.Output down = home.autoheal("health", "--tool", "client", "--json");
        assertThat(down.exit()).isEqualTo(1);
        JsonNode failed = down.jsonObject().get("failed");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("service").asText()).isEqualTo("db");
        assertThat(failed.get(0).get("kind").asText()).isEqualTo("service");
        assertThat(failed.get(0).get("detail").asText()).contains("127.0.0.1:" + port);
    }

    @Test
    void httpServerUp_isHealthy_andKilled_isUnhealthy() throws Exception {
        int port = TestHome.freePort();
        home.toolchains("""
                {"toolchains": {"web": {"command": ["python3", "-c", "pass"], "depends_on": ["site"]}},
                 "services": {"site": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1"],
                                       "probe": {"type": "http", "url": "http://127.0.0.1:%d/"}}}}
                """.formatted(port, port));
        Process server = new ProcessBuilder("python3", "-m", "http.server", Integer.toString(port), "--bind", "127.0.0.1")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            TcpProbe tcp = new TcpProbe("127.0.0.1", port);
            Wait.until(() -> tcp.check(Duration.ofMillis(200)).up(), Duration.ofSeconds(10));
            Cli.Output up = home.autoheal("health", "--json");
            assertThat(up.exit()).as(up.out() + up.err()).isZero();
            assertThat(TestHome.healthCheck(up.jsonObject(), "service", "site").get("detail").asText()).contains("HTTP 200");
        } finally {
            server.destroyForcibly().waitFor();
        }
        Cli.Output down = home.autoheal("health", "--json");
        assertThat(down.exit()).isEqualTo(1);
        assertThat(down.jsonObject().get("failed")).singleElement()
                .satisfies(c -> assertThat(c.get("service").asText()).isEqualTo("site"));
    }

    @Test
    void withTool_onlyItsServicesAreProbed() throws Exception {
        home.toolchains("""
                {"toolchains": {"a": {"command": ["python3", "-c", "pass"]}},
                 "services": {"down": {"restart": ["true"], "probe": {"type": "tcp", "host": "127.0.0.1", "port": %d}}}}
                """.formatted(TestHome.freePort()));
        assertThat(home.autoheal("health", "--tool", "a").exit()).isZero();
        assertThat(home.autoheal("health").exit()).as("without --tool every service is probed").isEqualTo(1);
    }
}
