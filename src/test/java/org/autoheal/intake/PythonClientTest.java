package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.api.AutoHeal;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/python/autoheal_client.py against a real intake (default config: intake.heal "never"):
 * what a new operator sees when the token is missing, the server refuses, or a heal is refused.
 */
@Tag(Tags.PROCESS)
class PythonClientTest {
    static final Path CLIENT = Path.of("examples/python/autoheal_client.py").toAbsolutePath();
    static final String[] FAILING_TOOL = {"--", "python3", "-c", "import nosuchmodule_xyz"};

    @TempDir static Path home;
    @TempDir static Path elsewhere;
    static IntakeServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"),
                "{\"toolchains\": {\"build\": {\"command\": [\"python3\", \"tools/build.py\"]}}}");
        AutoHeal autoheal = AutoHeal.open(home);
        Metrics metrics = new Metrics(() -> 0);
        server = IntakeServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), autoheal.config().settings().intake(),
                Duration.ofSeconds(5), IntakeToken.loadOrCreate(home.resolve("state")), new ApiBackend(autoheal, metrics), metrics);
        url = "http://127.0.0.1:" + server.address().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutHomeOrToken_saysHowToGiveTheToken_andExitsWithTheToolsStatus() throws Exception {
        var r = client(null, "--url", url, "--tool", "build");
        assertThat(r.exit).as(r.out).isEqualTo(1);
        assertThat(r.out).contains("could not report the error: no token: cannot read ./state/intake.token")
                .contains("pass --home HOME (reads HOME/state/intake.token").contains("or set AUTOHEAL_TOKEN");
    }

    @Test
    void anHttpError_showsTheServersMessage() throws Exception {
        var r = client(Files.readString(IntakeToken.file(home.resolve("state"))).strip(), "--url", url, "--tool", "nope");
        assertThat(r.exit).as(r.out).isEqualTo(1);
        assertThat(r.out).contains("could not report the error: HTTP 400: unknown tool 'nope'");
        var wrongToken = client("not-the-token", "--url", url, "--tool", "build");
        assertThat(wrongToken.out).contains("HTTP 401: missing or wrong bearer token");
    }

    @Test
    void aHealRefusedByConfig_isPrinted() throws Exception {
        var r = client(null, "--url", url, "--home", home.toString(), "--tool", "build", "--heal");
        assertThat(r.exit).as(r.out).isEqualTo(1);
        assertThat(r.out).contains("diagnosis: missing_module").contains("outcome: diagnosed")
                .contains("heal refused: intake.heal is \"never\" in config/autoheal.json; set \"on_request\" to let requests heal");
        assertThat(client(null, "--url", url, "--home", home.toString(), "--tool", "build").out).doesNotContain("heal refused");
    }

    record Run(int exit, String out) {
    }

    /** Runs the client from a folder with no state/ in it; AUTOHEAL_TOKEN only when given. */
    private static Run client(String tokenEnv, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("python3", CLIENT.toString()));
        argv.addAll(List.of(args));
        argv.addAll(List.of(FAILING_TOOL));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(elsewhere.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("AUTOHEAL_"));
        if (tokenEnv != null) pb.environment().put("AUTOHEAL_TOKEN", tokenEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
