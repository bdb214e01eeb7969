package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.autoheal.api.AutoHeal;
import org.autoheal.json.Json;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10 000 error reports from 8 concurrent clients against the real intake and engine, while four
 * slow-loris connections hold requests open: none lost (each journaled exactly once), and the
 * diagnose-only latency percentiles printed for the note.
 */
@Tag(Tags.PROCESS)
class IntakeLoadTest {
    static final int CLIENTS = 8;
    static final int PER_CLIENT = 1250;
    static final String[] ERRORS = {
        "Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nModuleNotFoundError: No module named 'yaml'\n",
        "bash: ./tools/run.sh: Permission denied\n",
        "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'config/settings.json'\n",
        "curl: (7) Failed to connect to 127.0.0.1 port 8765 after 0 ms: Connection refused\n",
        "something nobody has a rule for\n",
    };

    @TempDir Path home;

    @Test
    void tenThousandReports_eightClients_noneLost_withSlowLorisAround() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"),
                "{\"toolchains\": {\"build\": {\"command\": [\"python3\", \"tools/build.py\"]}}}");
        AutoHeal autoheal = AutoHeal.open(home);
        Metrics metrics = new Metrics(() -> 0);
        var settings = autoheal.config().settings().intake();
        try (IntakeServer server = IntakeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings,
                Duration.ofSeconds(5), IntakeToken.loadOrCreate(home.resolve("state")), new ApiBackend(autoheal, metrics), metrics)) {
            String token = Files.readString(IntakeToken.file(home.resolve("state"))).strip();
            URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/errors");
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 4; i++) slow.add(slowLoris(server.address().getPort(), token));
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
            Map<String, Integer> ids = new ConcurrentHashMap<>();
            long[] nanos = new long[CLIENTS * PER_CLIENT];
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = 0; i < PER_CLIENT; i++) {
                        String body = Json.MAPPER.writeValueAsString(Map.of("tool", "build", "text", ERRORS[(client + i) % ERRORS.length]));
                        long s = System.nanoTime();
                        var r = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        nanos[client * PER_CLIENT + i] = System.nanoTime() - s;
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        ids.merge(Json.MAPPER.readTree(r.body()).get("id").asText(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            clients.shutdown();
            for (Socket s : slow) s.close();

            assertThat(ids).hasSize(CLIENTS * PER_CLIENT).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
            Map<String, Integer> journaled = new HashMap<>();
            for (JsonNode n : autoheal.journal().readAll()) {
                if (n.path("type").asText().equals("incident")) journaled.merge(n.get("id").asText(), 1, Integer::sum);
            }
            assertThat(journaled).isEqualTo(ids);
            Arrays.sort(nanos);
            System.out.printf("intake load: %d reports from %d clients in %.1f s (%.0f/s); diagnose-only latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f%n",
                    nanos.length, CLIENTS, seconds, nanos.length / seconds, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
        }
    }

    /** A request that sends its headers and a few body bytes, then nothing. */
    private static Socket slowLoris(int port, String token) throws Exception {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/errors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Length: 1000\r\n\r\n{\"te").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }
}
