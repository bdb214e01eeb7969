package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.autoheal.testing.Cli;
import org.autoheal.testing.ErrorToolchain;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.TreeSnapshot;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heavy hostile inputs, each once, through {@code repair --yes}: output, tracebacks and files
 * far beyond the limits, processes that never finish or never become ready, and a regex that
 * backtracks forever. Each ends with a clear refusal or failure and changes nothing outside the roots.
 */
@Tag(Tags.PROCESS)
class HostileResourceTest {
    @TempDir Path homeDir;
    @TempDir Path outsideDir;
    private TestHome h;
    private Path proj;
    private Path outside;
    private ErrorToolchain t;

    @BeforeEach
    void hostileHome() throws Exception {
        h = new TestHome(homeDir.toRealPath());
        outside = outsideDir.toRealPath();
        HostileCases.plantBait(h, outside);
        t = h.errorToolchain();
        proj = h.root().resolve("proj");
    }

    private static String py(Path script) {
        return "[\"python3\", \"" + script.getFileName() + "\"]";
    }

    @Test
    void hundredMegabytesOfStderr_areReadBounded_andTheTailStillNamesTheRefusedPath() throws Exception {
        Path big = h.write("proj/big.py", "import sys\nline = b'x' * 1023 + b'\\n'\nfor _ in range(100 * 1024):\n"
                + "    sys.stderr.buffer.write(line)\n"
                + "sys.stderr.write('bash: line 1: " + outside.resolve("run.sh") + ": Permission denied\\n')\n"
                + "sys.exit(126)\n");
        t.command(py(big), "", "");
        TreeSnapshot before = h.snapshotWith(outside, t.python().log());
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode inc = r.incident(0);
        assertThat(inc.get("outcome").asText()).as(r.all()).isEqualTo("refused");
        assertThat(inc.get("error").get("message").asText().length()).isLessThanOrEqualTo(1024);
        assertThat(r.all()).contains("outside the toolchain's roots");
        before.assertUnchanged("files outside the roots");
        for (String line : Files.readAllLines(h.root().resolve("logs/autoheal/journal.jsonl"))) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1 << 20);
        }
    }

    @Test
    void millionLineTraceback_endingInAnOptionAsModule_isNotInstalled() throws Exception {
        Path deep = h.write("proj/deep.py", "import sys\nw = sys.stderr.write\nw('Traceback (most recent call last):\\n')\n"
                + "for i in range(1_000_000):\n    w('  File \"deep.py\", line %d, in f\\n' % i)\n"
                + "w(\"ModuleNotFoundError: No module named '--index-url=http://evil.example/simple'\\n\")\nsys.exit(1)\n");
        t.command(py(deep), "", "");
        TreeSnapshot before = h.snapshotWith(outside, t.python().log());
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.incident(0).get("outcome").asText()).as(r.all()).isIn("refused", "undiagnosed");
        t.python().assertPipNeverRan();
        before.assertUnchanged("files outside the roots");
    }

    @Test
    void deeplyNestedJson_isRefused_andLeftAsItWas() throws Exception {
        h.write("proj/deep.json", "[".repeat(100_000) + "1,");
        t.error("loading deep.json\n" + HostileCases.jsonTraceback());
        TreeSnapshot before = h.snapshotWith(outside, t.python().log());
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode attempt = r.incident(0).get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("repair_json");
        assertThat(attempt.get("outcome").asText()).as(r.all()).isEqualTo("refused");
        assertThat(attempt.get("detail").asText()).contains("deep.json").contains("nest");
        before.assertUnchanged("files outside the roots");
    }

    @Test
    void fiftyMegabyteJson_isRefusedBeforeItIsRead() throws Exception {
        Path big = proj.resolve("big.json");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("{'values': [");
            String chunk = "1234567890,".repeat(100);
            for (int i = 0; i < 50 * 1024 * 1024 / chunk.length() + 1; i++) w.write(chunk);
            w.write("]}");
        }
        t.error("loading big.json\n" + HostileCases.jsonTraceback());
        TreeSnapshot before = h.snapshotWith(outside, t.python().log());
        Cli.Output r = h.repair();
        JsonNode attempt = r.incident(0).get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("repair_json");
        assertThat(attempt.get("outcome").asText()).as(r.all()).isEqualTo("refused");
        assertThat(attempt.get("detail").asText()).contains("big.json").contains("over the limit");
        assertThat(h.root().resolve("backups")).doesNotExist();
        before.assertUnchanged("files outside the roots");
    }

    @Test
    void fileLargerThanMaxBackupBytes_isRefusedNotCopied_andHealsWithTheDefaultLimit() throws Exception {
        String broken = "{'name': '" + "n".repeat(2000) + "', 'debug': True,}\n";
        h.write("proj/settings.json", broken);
        Path app = h.write("proj/app.py", "import json\nprint('loading settings.json')\njson.load(open('settings.json'))\n");
        t.command(py(app), "", "");
        h.write("config/autoheal.json", "{\"limits\": {\"max_backup_bytes\": 1000}}");
        Cli.Output r = h.repair();
        JsonNode attempt = r.incident(0).get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).as(r.all()).isEqualTo("repair_json");
        assertThat(attempt.get("outcome").asText()).as(r.all()).isEqualTo("refused");
        assertThat(attempt.get("detail").asText()).contains("over the backup limit of 1000 bytes");
        assertThat(Files.readString(proj.resolve("settings.json"))).isEqualTo(broken);

        h.write("config/autoheal.json", "{}");
        Cli.Output healed = h.repair();
        assertThat(healed.exit()).as(healed.all()).isZero();
        assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(proj.resolve("settings.json").toFile()).get("debug").asBoolean()).isTrue();
    }

    @Test
    void tenThousandCharacterLine_isFixedWhole_andALongerOneIsRefusedSayingWhy() throws Exception {
        String longLine = "if len('" + "x".repeat(10_000 - 14) + "') > 3";
        assertThat(longLine).hasSize(10_000);
        Path script = h.write("proj/long.py", "x = 1\n" + longLine + "\n    print('long')\n");
        t.command(py(script), "", "");
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(Files.readString(script)).isEqualTo("x = 1\n" + longLine + ":\n    print('long')\n");

        String tooLong = "if len('" + "x".repeat(20_000) + "') > 3\n    print('long')\n";
        Files.writeString(script, tooLong);
        r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode attempt = r.incident(0).get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("fix_syntax");
        assertThat(attempt.get("outcome").asText()).isEqualTo("refused");
        assertThat(attempt.get("detail").asText()).contains("line 1 is 20014 characters long (the limit is 10000)");
        assertThat(Files.readString(script)).isEqualTo(tooLong);
    }

    @Test
    void serviceThatNeverBecomesReady_failsWithinItsReadyTimeout() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        t.error("Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n"
                + "ConnectionRefusedError: [Errno 111] Connection refused: ('127.0.0.1', " + port + ")\n");
        t.command(t.emit("other/error.bin", 1),
                ", \"depends_on\": [\"svc\"]", "\"svc\": {\"start\": [\"python3\", \"-c\", \"import time; time.sleep(600)\"],"
                        + " \"workdir\": \"proj\", \"probe\": {\"type\": \"tcp\", \"host\": \"127.0.0.1\", \"port\": " + port + "},"
                        + " \"ready_timeout\": \"1s\"}");
        try {
            Cli.Output r = h.repair();
            assertThat(r.exit()).as(r.all()).isEqualTo(1);
            JsonNode attempt = r.incident(0).get("attempts").get(0);
            assertThat(attempt.get("strategy").asText()).as(r.all()).isEqualTo("restart_service");
            assertThat(attempt.get("outcome").asText()).isEqualTo("error");
            assertThat(attempt.get("detail").asText()).contains("svc").contains("did not come back");
        } finally {
            stopService("svc");
        }
    }

    @Test
    void toolchainForkingAChildThatOutlivesIt_isKilledWithTheTree() throws Exception {
        Path pidFile = h.root().resolve("other/child.pid");
        Path fork = h.write("proj/fork.py", "import subprocess, time\n"
                + "child = subprocess.Popen(['sleep', '300'], start_new_session=True)\n"
                + "open('" + pidFile + "', 'w').write(str(child.pid))\ntime.sleep(300)\n");
        t.command(py(fork), "", "");
        h.write("config/toolchains.json", Files.readString(h.root().resolve("config/toolchains.json")).replace("\"20s\"", "\"6s\""));
        // 6 s: time for python (a pyenv shim here) to start and fork even on a loaded 2-core machine
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.all()).contains("timed out after 6000 ms");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(Processes.gone(pid)).as("child pid " + pid + " still runs").isTrue();
    }

    @Test
    void catastrophicCustomPattern_isBoundedAndReportedByName() throws Exception {
        h.write("config/autoheal_patterns.json",
                "{\"Backtracker\": {\"pattern\": \"(a+)+$\", \"solution\": \"fix_permissions\", \"description\": \"evil\"}}");
        t.error("a".repeat(60_000) + "b\n");
        TreeSnapshot before = h.snapshotWith(outside, t.python().log());
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.incident(0).get("outcome").asText()).isEqualTo("undiagnosed");
        assertThat(r.incident(0).get("warnings").toString()).contains("Backtracker").contains("time budget");
        before.assertUnchanged("files outside the roots");
    }

    @Test
    void pipThatHangs_isKilledAtLimitsPipTimeout() throws Exception {
        t.python().hangOnPip();
        h.write("config/autoheal.json", "{\"limits\": {\"pip_timeout\": \"1s\"}}");
        t.error(HostileCases.missing("yaml"));
        Cli.Output r = h.repair();
        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode attempt = r.incident(0).get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("install_module");
        assertThat(attempt.get("outcome").asText()).isEqualTo("error");
        assertThat(attempt.get("detail").asText()).contains("timed out after 1000 ms").contains("limits.pip_timeout");
        assertThat(Files.readString(t.python().log())).contains("-m pip install -- PyYAML");
    }

    private void stopService(String name) throws Exception {
        try (var s = Files.list(h.root().resolve("state/services"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
                // a failed restart leaves the started process running (it is detached by design): stop it here
                JsonNode pid = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(p.toFile()).get("pid");
                if (pid != null) ProcessHandle.of(pid.asLong()).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (java.nio.file.NoSuchFileException ignored) {
            // the service never started
        }
    }

    /** Whether a pid is gone: exited, or a zombie that nobody reaped yet. */
    static final class Processes {
        static boolean gone(long pid) {
            boolean gone = Wait.until(() -> {
                var p = ProcessHandle.of(pid);
                return p.isEmpty() || !p.get().isAlive() || zombie(pid);
            }, Duration.ofSeconds(5));
            if (!gone) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            return gone;
        }

        private static boolean zombie(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) == 'Z';
            } catch (Exception e) {
                return true;
            }
        }
    }
}
