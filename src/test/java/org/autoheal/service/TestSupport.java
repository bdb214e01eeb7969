package org.autoheal.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.autoheal.testing.Wait;

/** Free ports, the bundled WebSocket server, and waiting for conditions in tests. */
final class TestSupport {
    private TestSupport() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Copies src/main/resources/autoheal/demo/ws_server.py (from the classpath) into {@code dir}. */
    static Path wsServerScript(Path dir) throws IOException {
        Path target = dir.resolve("ws_server.py");
        try (InputStream in = TestSupport.class.getResourceAsStream("/autoheal/demo/ws_server.py")) {
            if (in == null) throw new IllegalStateException("autoheal/demo/ws_server.py missing from the classpath");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Starts the WebSocket server as a plain child of the test, output to {@code out}; waits until it listens. */
    static Process startWsServer(Path dir, int port, String path, Integer failStatus, Path out) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of("python3", wsServerScript(dir).toString(),
                "--port", Integer.toString(port), "--path", path));
        if (failStatus != null) cmd.addAll(List.of("--fail-status", failStatus.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        TcpProbe tcp = new TcpProbe("127.0.0.1", port);
        if (!Wait.until(() -> tcp.check(Duration.ofMillis(200)).up() || !p.isAlive(), Duration.ofSeconds(10)) || !p.isAlive()) {
            p.destroyForcibly();
            throw new IllegalStateException("ws_server.py did not come up on port " + port + ": " + Files.readString(out));
        }
        return p;
    }

    static void kill(Process p) {
        if (p == null) return;
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
