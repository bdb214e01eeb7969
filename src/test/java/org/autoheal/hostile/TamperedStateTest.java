package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.autoheal.json.Json;
import org.autoheal.journal.Journal;
import org.autoheal.service.PidRecord;
import org.autoheal.strategy.pip.PipRecord;
import org.autoheal.testing.Cli;
import org.autoheal.testing.ErrorToolchain;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampered state: AutoHeal's own files in {@code state/} (pip.json, pid files) edited by someone
 * who can write the home, and error text that points a probe elsewhere. Each run goes through the
 * CLI with real processes; nothing a tampered file names is run or signalled, and every refusal is
 * said in words, never as an internal error or stack trace.
 */
@Tag(Tags.PROCESS)
class TamperedStateTest {
    @TempDir Path homeDir;
    @TempDir Path outsideDir;
    private TestHome h;
    private Path outside;
    private ErrorToolchain t;

    @BeforeEach
    void hostileHome() throws IOException {
        h = new TestHome(homeDir.toRealPath());
        outside = outsideDir.toRealPath();
        HostileCases.plantBait(h, outside);
        t = h.errorToolchain();
    }

    private static final String MARKER = "PWNED";

    /** A script outside the home that leaves a marker when anything runs it. */
    private Path markerScript() throws IOException {
        Path evil = outside.resolve("evil.sh");
        Files.writeString(evil, "#!/bin/sh\necho ran > '" + outside.resolve(MARKER) + "'\n");
        evil.toFile().setExecutable(true);
        return evil;
    }

    /** The journal of an install_module heal of {@code tool} that "died" while pip ran, and a pip.json for it. */
    private void interruptedInstall(String tool, PidRecord process, String module) throws IOException {
        Journal journal = new Journal(h.root().resolve("logs/autoheal/journal.jsonl"), 1 << 20);
        String id = "20261206T000000Z-" + tool + "-1";
        journal.append(Json.object().put("type", "incident_open").put("id", id).put("tool", tool)
                .put("at", Instant.now().minusSeconds(2).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", id).put("strategy", "install_module")
                .put("plan", "install widget-dist for import widget"));
        new PipRecord(process, tool, module, "widget-dist", Instant.now().minusSeconds(1).toString(), null)
                .write(PipRecord.file(h.root().resolve("state")));
    }

    private PidRecord pip(long pid, String start, List<String> command) {
        return new PidRecord("pip", pid, start, command, h.root().resolve("proj").toString(), outside.resolve("pip.log").toString(), 0);
    }

    private static void assertSaidInWords(Cli.Output r) {
        assertThat(r.all()).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat org.");
    }

    @Test
    void forgedPipJson_itsCommandIsNeverRun_theConfiguredInterpreterChecksTheImport() throws Exception {
        Path evil = markerScript();
        interruptedInstall("t", pip(999_999_999L, Instant.now().toString(),
                List.of(evil.toString(), "-m", "pip", "install", "--", "widget-dist")), "widget");

        Cli.Output r = h.repair();

        assertThat(outside.resolve(MARKER)).as("the command in state/pip.json ran").doesNotExist();
        assertThat(Files.readString(t.python().log())).as("today's configured interpreter checks the import")
                .contains("-c import importlib,sys; importlib.import_module(sys.argv[1]) widget");
        assertThat(r.err()).contains("recovered interrupted incident").contains("cannot import widget");
        assertSaidInWords(r);
    }

    @Test
    void forgedPipJson_forAToolchainConfigDoesNotDefine_isRefusedInWords() throws Exception {
        Path evil = markerScript();
        interruptedInstall("ghost", pip(999_999_999L, Instant.now().toString(),
                List.of(evil.toString(), "-m", "pip", "install", "--", "widget-dist")), "widget");

        Cli.Output r = h.repair();

        assertThat(outside.resolve(MARKER)).doesNotExist();
        assertThat(r.err()).contains("refused state/pip.json: it names toolchain 'ghost', which config/toolchains.json"
                + " does not define; nothing it names was run or signalled");
        assertThat(Files.readString(h.root().resolve("logs/autoheal/journal.jsonl")))
                .contains("\"type\":\"recovered\"").contains("refused state/pip.json");
        assertThat(Files.exists(t.python().log()) ? Files.readString(t.python().log()) : "").doesNotContain("widget");
        assertSaidInWords(r);
    }

    @Test
    void forgedPipJson_withAnInvalidModuleName_isRefusedInWords() throws Exception {
        interruptedInstall("t", pip(999_999_999L, Instant.now().toString(),
                List.of("python3", "-m", "pip", "install", "--", "widget-dist")), "os;import evil");

        Cli.Output r = h.repair();

        assertThat(r.err()).contains("refused state/pip.json: its module name is invalid");
        assertSaidInWords(r);
    }

    @Test
    void forgedPipJson_naming_aLiveProcessWithItsRealStartTime_pastTheDeadline_isNotKilled() throws Exception {
        Process victim = new ProcessBuilder("sleep", "120").start();
        try {
            interruptedInstall("t", pip(victim.pid(), victim.info().startInstant().orElseThrow().toString(),
                    List.of("sleep", "120")), "widget");

            Cli.Output r = h.repair();

            assertThat(victim.isAlive()).as("a process that is not today's pip was killed").isTrue();
            assertThat(r.err()).contains("does not run the pip command AutoHeal builds for this toolchain");
            assertSaidInWords(r);
        } finally {
            victim.destroyForcibly();
        }
    }

    @Test
    void forgedPidFile_withAnotherProcesssRealStartTime_isNotSignalled_byARestart() throws Exception {
        int port = TestHome.freePort();
        Process victim = new ProcessBuilder("sleep", "120").start();
        try {
            t.error("curl: (7) Failed to connect to 127.0.0.1 port " + port + " after 0 ms: Connection refused\n");
            String service = "\"web\": {\"start\": [\"python3\", \"-m\", \"http.server\", \"--bind\", \"127.0.0.1\", \"" + port + "\"],"
                    + " \"workdir\": \"proj\", \"probe\": {\"type\": \"tcp\", \"host\": \"127.0.0.1\", \"port\": " + port + "},"
                    + " \"ready_timeout\": \"10s\"}";
            t.command(t.emit("other/error.bin", 1), ", \"depends_on\": [\"web\"]", service);
            // the forger copies the victim's pid, its real start time and even its command line
            h.write("state/services/web.pid", Json.MAPPER.writeValueAsString(new PidRecord("web", victim.pid(),
                    victim.info().startInstant().orElseThrow().toString(), List.of("sleep", "120"), h.root().resolve("proj").toString(),
                    h.root().resolve("logs/services/web.log").toString(), 0)));

            Cli.Output r = h.repair();

            assertThat(victim.isAlive()).as("a process AutoHeal did not start was signalled").isTrue();
            assertThat(r.all()).contains("refused to signal").contains("pid " + victim.pid() + " runs `sleep 120`");
            assertSaidInWords(r);
        } finally {
            victim.destroyForcibly();
            stopStartedService();
        }
    }

    @Test
    void aWebSocketUrlFromErrorText_isProbedAtItsHostAndPortOnly_neverWithItsPath() throws Exception {
        int port = TestHome.freePort();
        Path requests = outside.resolve("requests.log");
        Path server = h.write("other/record.py", "import http.server, sys\n"
                + "class H(http.server.BaseHTTPRequestHandler):\n"
                + "    def do_GET(self):\n"
                + "        open(sys.argv[2], 'a').write(self.path + '\\n')\n"
                + "        self.send_response(404); self.end_headers()\n"
                + "    def log_message(self, *a): pass\n"
                + "http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()\n");
        Process listener = new ProcessBuilder("python3", server.toString(), Integer.toString(port), requests.toString()).start();
        try {
            assertThat(Wait.until(() -> TestHome.answers(port), Duration.ofSeconds(10))).isTrue();
            t.error("websockets.exceptions.InvalidStatus: server rejected WebSocket connection: HTTP 404\n"
                    + "while connecting to ws://user:pw@127.0.0.1:" + port + "/admin/drop-all?confirm=yes\n");

            Cli.Output r = h.repair();

            assertThat(Files.exists(requests) ? Files.readAllLines(requests) : List.<String>of())
                    .as("requests that error text made AutoHeal send; " + r.all())
                    .isNotEmpty().allMatch(p -> p.equals("/"));
            assertSaidInWords(r);
        } finally {
            listener.destroyForcibly();
        }
    }

    @Test
    void aCustomPatternPastItsTimeBudget_isWarnedAbout_byRepairAndWhy() throws Exception {
        h.write("config/autoheal_patterns.json",
                "{\"Backtracker\": {\"pattern\": \"(a+)+$\", \"solution\": \"fix_permissions\", \"description\": \"evil\"}}");
        t.error("a".repeat(60_000) + "b\n");

        Cli.Output repair = h.autoheal("repair", "--yes");
        Cli.Output why = h.autoheal("why", "last");
        JsonNode whyJson = h.autoheal("why", "last", "--json").json();

        String warning = "custom pattern 'Backtracker' ran past its time budget";
        assertThat(repair.out()).as(repair.all()).contains("warning:").contains(warning);
        assertThat(Files.readString(h.root().resolve("logs/autoheal/journal.jsonl"))).contains(warning);
        assertThat(why.out()).as(why.all()).contains("warning: " + warning);
        assertThat(whyJson.get("warnings").toString()).contains(warning);
    }

    /** The service the restart started is detached by design: stop it through its pid file. */
    private void stopStartedService() throws IOException {
        Path pidFile = h.root().resolve("state/services/web.pid");
        if (!Files.exists(pidFile)) return;
        JsonNode pid = Json.MAPPER.readTree(pidFile.toFile()).get("pid");
        if (pid != null) ProcessHandle.of(pid.asLong()).ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }
}
