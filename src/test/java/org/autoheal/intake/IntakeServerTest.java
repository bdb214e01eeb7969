package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.config.Settings;
import org.autoheal.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake's HTTP contract on a real loopback socket: auth, limits, errors, routes, slow clients. */
class IntakeServerTest {
    @TempDir static Path state;
    static IntakeServer server;
    static final Metrics metrics = new Metrics(() -> 3);
    static String token;
    static final List<ErrorReport> reported = new CopyOnWriteArrayList<>();
    static final Map<String, JsonNode> incidents = new ConcurrentHashMap<>();
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A backend that keeps what it is told, so the tests see exactly what reached AutoHeal. */
    static class Recording implements IntakeBackend {
        public ObjectNode report(ErrorReport r, boolean heal) {
            reported.add(r);
            String id = "inc-" + reported.size();
            ObjectNode inc = Json.object().put("id", id).put("tool", r.tool()).put("healed", heal);
            incidents.put(id, inc);
            return inc;
        }
        public Optional<JsonNode> incident(String id) { return Optional.ofNullable(incidents.get(id)); }
        public Optional<JsonNode> why(String id) { return incident(id).map(i -> Json.object().put("why", id)); }
        public JsonNode health() { return Json.object().put("healthy", false); }
        public JsonNode rules() {
            var root = Json.object();
            root.putArray("rules").addObject().put("name", "r");
            return root;
        }
        public boolean knowsTool(String tool) { return tool.equals("build"); }
    }

    @BeforeAll
    static void start() throws Exception {
        Settings.Intake settings = new Settings.Intake(false, 4096, "on_request", "2s");
        server = IntakeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), settings,
                Duration.ofSeconds(2), IntakeToken.loadOrCreate(state), new Recording(), metrics);
        token = Files.readString(IntakeToken.file(state)).strip();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String body, String auth) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // the client reused a keep-alive connection just as the server closed it on its 2 s idle
            // timeout (a race every HTTP client has; the JDK client retries it for GET, not POST)
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) throw e;
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> post(String body) throws Exception {
        return send("POST", "/v1/errors", body, "Bearer " + token);
    }

    @Test
    void tokenFileIsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(IntakeToken.file(state)))).isEqualTo("rw-------");
        assertThat(token.length()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void withoutTokenOrWithAWrongOne_401_andNothingReachesAutoHeal() throws Exception {
        int before = reported.size();
        assertThat(send("POST", "/v1/errors", "{\"text\":\"x\"}", null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/v1/errors", "{\"text\":\"x\"}", "Bearer " + token + "x").statusCode()).isEqualTo(401);
        assertThat(send("POST", "/v1/errors", "{\"text\":\"x\"}", "Basic " + token).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/v1/metrics", null, "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(reported).hasSize(before);
    }

    @Test
    void reportIsDecided_andHealOnlyWhenAskedAndAllowed() throws Exception {
        var r = post("{\"tool\":\"build\",\"text\":\"ModuleNotFoundError: No module named 'yaml'\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode inc = Json.MAPPER.readTree(r.body());
        assertThat(inc.get("healed").asBoolean()).isFalse();
        assertThat(inc.get("heal").toString())
                .isEqualTo("{\"requested\":false,\"allowed\":false,\"why\":\"not requested (send \\\"heal\\\": true to ask)\"}");
        JsonNode healed = Json.MAPPER.readTree(post("{\"tool\":\"build\",\"text\":\"x\",\"heal\":true}").body());
        assertThat(healed.get("healed").asBoolean()).isTrue();
        assertThat(healed.get("heal").get("allowed").asBoolean()).isTrue();
        // no toolchain to verify a heal against: diagnosed only, and the answer says so
        JsonNode noTool = Json.MAPPER.readTree(post("{\"text\":\"x\",\"heal\":true}").body());
        assertThat(noTool.get("healed").asBoolean()).isFalse();
        assertThat(noTool.get("heal").get("why").asText()).startsWith("no \"tool\" given");
        var got = send("GET", "/v1/incidents/" + inc.get("id").asText(), null, "Bearer " + token);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v1/incidents/" + inc.get("id").asText() + "/why", null, "Bearer " + token).body()).contains("why");
    }

    @Test
    void parsedFieldsBecomeTheErrorText() throws Exception {
        assertThat(post("{\"type\":\"PermissionError\",\"message\":\"[Errno 13] Permission denied: 'run.sh'\",\"file\":\"a.py\",\"line\":3}")
                .statusCode()).isEqualTo(200);
        String text = reported.get(reported.size() - 1).text();
        assertThat(text).contains("File \"a.py\", line 3").contains("PermissionError: [Errno 13] Permission denied: 'run.sh'");
    }

    @Test
    void malformedJson_400_withThePosition() throws Exception {
        var r = post("{\"tool\": \"build\",\n \"text\": oops}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("line 2").contains("column");
    }

    @Test
    void wrongShapes_400_namingTheField() throws Exception {
        assertThat(post("[1,2]").body()).contains("JSON object");
        assertThat(post("{\"text\": 5}").body()).contains("\\\"text\\\" must be a string");
        assertThat(post("{\"tool\":\"nope\",\"text\":\"x\"}").body()).contains("unknown tool 'nope'");
        assertThat(post("{\"tool\":\"build\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownField_400_namingItWithThePosition_andNothingReachesAutoHeal() throws Exception {
        int before = reported.size();
        var r = post("{\"tool\":\"build\",\"text\":\"boom\",\n \"exitcode\":1}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.body()).get("error").asText())
                .startsWith("unknown field 'exitcode' at line 2, column 2: known fields: exit_code, file, heal, line");
        assertThat(post("{\"xx\":1,\"text\":\"boom\"}").body()).contains("unknown field 'xx' at line 1, column 2");
        assertThat(reported).hasSize(before);
    }

    @Test
    void oversizedBody_413_declaredOrStreamed() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(5000) + "\"}";
        assertThat(post(big).statusCode()).isEqualTo(413);
        var chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/errors"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())))
                .build();
        assertThat(http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    @Test
    void routes_healthRulesMetrics_andUnknowns() throws Exception {
        String auth = "Bearer " + token;
        assertThat(send("GET", "/v1/health", null, auth).statusCode()).isEqualTo(503);
        assertThat(send("GET", "/v1/rules", null, auth).body()).contains("\"rules\"");
        assertThat(send("GET", "/v1/incidents/nope", null, auth).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v1/incidents/..%2F..%2Fetc", null, auth).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v1/other", null, auth).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v1/errors", null, auth).statusCode()).isEqualTo(405);
        metrics.incident("missing_module", "healed");
        metrics.heal(0.2);
        metrics.attempt("install_module", "healed");
        var m = send("GET", "/v1/metrics", null, auth);
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("autoheal_breakers_open 3.0").contains("autoheal_incidents_total{cause=\"missing_module\",outcome=\"healed\"} 1")
                .contains("autoheal_attempts_total{outcome=\"healed\",strategy=\"install_module\"} 1")
                .contains("autoheal_heal_duration_seconds_bucket{le=\"0.25\"} 1");
    }

    @Test
    void aSlowLorisIsCutOff_andOthersAreServedMeanwhile() throws Exception {
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/errors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 100\r\n\r\n{\"te").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 3; i++) {
                assertThat(post("{\"tool\":\"build\",\"text\":\"x\"}").statusCode()).isEqualTo(200);
            }
            slow.setSoTimeout(15_000);
            InputStream in = slow.getInputStream();
            byte[] rest = in.readAllBytes(); // the server closes the stalled request after its 2 s limit
            assertThat(new String(rest, StandardCharsets.US_ASCII)).doesNotContain("200 OK");
        }
    }

    static String rawRequest(String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One request written as is on a socket (no client normalizes the path), the raw answer back. */
    static String raw(String method, String path) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whatJettyRefusesItself_isAnsweredInJsonToo() throws Exception {
        assertThat(rawRequest("GARBAGE / HTTP/1.1 x\r\n\r\n")).startsWith("HTTP/1.1 400 ").contains("application/json")
                .contains("{\"error\":\"400 ");
        assertThat(rawRequest("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + "a".repeat(10_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431 ").contains("{\"error\":\"431 ");
    }

    @Test
    void aPathThatIsNotExactlyARoute_404_neverAnotherRoute() throws Exception {
        assertThat(raw("GET", "/v1/rules")).startsWith("HTTP/1.1 200 ").contains("\"rules\"");
        for (String path : List.of("/v1/health/../rules", "/v1/health/..", "/v1/./health", "/v1/health/x", "/v1/health/",
                "/v1/errors/../health", "/v1/%2e%2e/v1/rules", "/v1/health%2F..%2Frules", "/v2/../v1/rules")) {
            String answer = raw("GET", path);
            assertThat(answer).as(path).startsWith("HTTP/1.1 404 ").contains("no such resource").doesNotContain("\"rules\"");
        }
    }

    @Test
    void head_isAnsweredLikeGetWithoutABody_andNothingOnStderr() throws Exception {
        var err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            String rules = raw("HEAD", "/v1/rules");
            assertThat(rules).startsWith("HTTP/1.1 200 ").containsIgnoringCase("Content-Length: " + raw("GET", "/v1/rules").split("\r\n\r\n", 2)[1].length());
            assertThat(rules).endsWith("\r\n\r\n"); // headers only
            assertThat(raw("HEAD", "/v1/metrics")).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
            String errors = raw("HEAD", "/v1/errors");
            assertThat(errors).startsWith("HTTP/1.1 405 ").containsIgnoringCase("Allow: POST").endsWith("\r\n\r\n");
            assertThat(send("HEAD", "/v1/health", null, null).statusCode()).isEqualTo(401);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusesANonLoopbackAddressUnlessAllowed() {
        var settings = new Settings.Intake(false, 4096, "never", "2s");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IntakeServer.start(new InetSocketAddress("0.0.0.0", 0),
                        settings, Duration.ofSeconds(2), IntakeToken.loadOrCreate(state), new Recording(), new Metrics(() -> 0)))
                .hasMessageContaining("loopback only");
    }
}
