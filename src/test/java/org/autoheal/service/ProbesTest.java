package org.autoheal.service;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.autoheal.service.TestSupport.freePort;
import org.autoheal.config.ProbeSpec;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.Tag;

@Tag(Tags.PROCESS)
class ProbesTest {
    private static final Duration T = Duration.ofSeconds(3);

    @TempDir
    Path tmp;

    @Test
    void tcpProbe_isUpOnAListeningPort_andDownOnAClosedOne() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            ProbeResult up = new TcpProbe("127.0.0.1", server.getLocalPort()).check(T);
            assertThat(up.up()).isTrue();
            assertThat(up.detail()).contains("connected to 127.0.0.1:" + server.getLocalPort());
        }
        ProbeResult down = new TcpProbe("127.0.0.1", freePort()).check(T);
        assertThat(down.up()).isFalse();
        assertThat(down.detail()).containsIgnoringCase("refused");
    }

    @Test
    void httpProbe_treats2xxAnd3xxAsUp_5xxAndClosedPortAsDown_andDoesNotFollowRedirects() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> { ex.sendResponseHeaders(200, -1); ex.close(); });
        server.createContext("/fail", ex -> { ex.sendResponseHeaders(500, -1); ex.close(); });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/fail");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(new HttpProbe(URI.create(base + "/ok")).check(T)).satisfies(r -> {
                assertThat(r.up()).isTrue();
                assertThat(r.detail()).contains("HTTP 200");
            });
            assertThat(new HttpProbe(URI.create(base + "/fail")).check(T)).satisfies(r -> {
                assertThat(r.up()).isFalse();
                assertThat(r.detail()).contains("HTTP 500");
            });
            // following the redirect would land on /fail (500): up with 302 proves it was not followed
            assertThat(new HttpProbe(URI.create(base + "/moved")).check(T)).satisfies(r -> {
                assertThat(r.up()).isTrue();
                assertThat(r.detail()).contains("HTTP 302");
            });
        } finally {
            server.stop(0);
        }
        ProbeResult closed = new HttpProbe(URI.create("http://127.0.0.1:" + freePort() + "/")).check(T);
        assertThat(closed.up()).isFalse();
        assertThat(closed.detail()).contains("connection refused");
    }

    @Test
    void webSocketProbe_isUpOnlyOnA101Handshake_andClosesCleanly() throws Exception {
        int port = freePort();
        Path out = tmp.resolve("ws.out");
        Process server = TestSupport.startWsServer(tmp, port, "/ws", null, out);
        try {
            ProbeResult up = new WebSocketProbe(URI.create("ws://127.0.0.1:" + port + "/ws")).check(T);
            assertThat(up.up()).as(up.detail()).isTrue();
            assertThat(up.detail()).contains("101");
            assertThat(Wait.until(() -> read(out).contains("closed code=1000"), Duration.ofSeconds(5)))
                    .as("server saw a normal close; its output: %s", read(out)).isTrue();

            ProbeResult wrongPath = new WebSocketProbe(URI.create("ws://127.0.0.1:" + port + "/other")).check(T);
            assertThat(wrongPath.up()).isFalse();
            assertThat(wrongPath.detail()).contains("HTTP 404");
        } finally {
            TestSupport.kill(server);
        }
    }

    @Test
    void webSocketProbe_isDownOn503_onAPlainHttpServer_andOnAClosedPort() throws Exception {
        int port = freePort();
        Process failing = TestSupport.startWsServer(tmp, port, "/", 503, tmp.resolve("ws503.out"));
        try {
            ProbeResult r = new WebSocketProbe(URI.create("ws://127.0.0.1:" + port + "/")).check(T);
            assertThat(r.up()).isFalse();
            assertThat(r.detail()).contains("HTTP 503");
        } finally {
            TestSupport.kill(failing);
        }
        HttpServer plain = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        plain.createContext("/", ex -> { ex.sendResponseHeaders(200, -1); ex.close(); });
        plain.start();
        try {
            ProbeResult r = new WebSocketProbe(URI.create("ws://127.0.0.1:" + plain.getAddress().getPort() + "/")).check(T);
            assertThat(r.up()).as("an HTTP 200 is not a WebSocket handshake").isFalse();
            assertThat(r.detail()).contains("HTTP 200");
        } finally {
            plain.stop(0);
        }
        ProbeResult closed = new WebSocketProbe(URI.create("ws://127.0.0.1:" + freePort() + "/")).check(T);
        assertThat(closed.up()).isFalse();
        assertThat(closed.detail()).contains("connection refused");
    }

    @Test
    void commandProbe_exit0IsUp_exit1IsDown_withOutput() {
        assertThat(new CommandProbe(List.of("python3", "-c", "pass"), tmp, Map.of()).check(T).up()).isTrue();
        ProbeResult down = new CommandProbe(List.of("python3", "-c", "print('db not ready'); raise SystemExit(1)"), tmp, Map.of()).check(T);
        assertThat(down.up()).isFalse();
        assertThat(down.detail()).contains("exited 1").contains("db not ready");
    }

    @Test
    void commandProbe_isDown_whenTheProgramCannotBeRun() {
        ProbeResult r = new CommandProbe(List.of("no-such-probe-program-autoheal"), tmp, Map.of()).check(T);
        assertThat(r.up()).isFalse();
        assertThat(r.detail()).contains("could not run").contains("no-such-probe-program-autoheal");
    }

    @Test
    void commandProbe_passesArgumentsVerbatim_withoutAShell_inItsWorkdirAndEnv() {
        String check = "import os, sys; sys.exit(0 if sys.argv[1:] == ['$HOME', 'a b', '*', '\"q\"']"
                + " and os.getcwd() == sys.argv[0] and os.environ.get('PROBE_X') == 'y' else 1)";
        // argv[0] of 'python3 -c' is '-c'; pass the expected cwd through the env instead
        String script = check.replace("os.getcwd() == sys.argv[0]", "os.getcwd() == os.environ['EXPECT_CWD']");
        CommandProbe probe = new CommandProbe(List.of("python3", "-c", script, "$HOME", "a b", "*", "\"q\""), tmp,
                Map.of("PROBE_X", "y", "EXPECT_CWD", tmp.toAbsolutePath().toString()));
        ProbeResult r = probe.check(T);
        assertThat(r.up()).as(r.detail()).isTrue();
    }

    @Test
    void commandProbe_timesOut_andKillsEvenACommandThatIgnoresSigterm() {
        String stubborn = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(30)";
        long t0 = System.nanoTime();
        ProbeResult r = new CommandProbe(List.of("python3", "-c", stubborn), tmp, Map.of()).check(Duration.ofMillis(500));
        assertThat(r.up()).isFalse();
        assertThat(r.detail()).contains("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("returned long before the 30 s sleep ended")
                .isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void probes_of_buildsEachType_andRejectsUnknownTypesAndMissingFields() {
        assertThat(Probes.of(ProbeSpec.tcp("127.0.0.1", 80))).isInstanceOf(TcpProbe.class);
        assertThat(Probes.of(ProbeSpec.http("http://127.0.0.1:80/"))).isInstanceOf(HttpProbe.class);
        assertThat(Probes.of(ProbeSpec.websocket("ws://127.0.0.1:80/"))).isInstanceOf(WebSocketProbe.class);
        assertThat(Probes.of(ProbeSpec.command(List.of("true")))).isInstanceOf(CommandProbe.class);
        assertThatThrownBy(() -> Probes.of(new ProbeSpec("grpc", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown probe type 'grpc'")
                .hasMessageContaining("tcp, http, websocket or command");
        assertThatThrownBy(() -> Probes.of(new ProbeSpec("tcp", "127.0.0.1", null, null, null)))
                .hasMessageContaining("needs a port");
        assertThatThrownBy(() -> Probes.of(ProbeSpec.websocket("http://127.0.0.1/")))
                .hasMessageContaining("ws://");
        assertThatThrownBy(() -> Probes.of(ProbeSpec.command(List.of()))).hasMessageContaining("non-empty argv");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
