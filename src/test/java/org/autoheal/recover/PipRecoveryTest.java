package org.autoheal.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.json.Json;
import org.autoheal.journal.Journal;
import org.autoheal.service.PidRecord;
import org.autoheal.strategy.pip.PipRecord;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An install_module attempt whose AutoHeal was killed while pip ran: pip is detached, so recovery
 * finds it through state/pip.json, waits for it (or kills it at its deadline) and checks the import.
 * A real python process stands in for pip: {@code python3 -m pip install -- widget-dist} run in the
 * workdir finds the stand-in package {@code work/pip/}, which "installs" by writing the module after a
 * pause, so its command line is the one AutoHeal builds from config.
 */
@Tag(Tags.PROCESS)
class PipRecoveryTest {
    @TempDir Path dir;
    Home home;
    Journal journal;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        home = new Home(dir);
        journal = new Journal(home.journal(), 1 << 20);
        Files.createDirectories(dir.resolve("work/pip"));
        Files.writeString(dir.resolve("work/pip/__init__.py"), "");
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/toolchains.json"), "{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"app.py\"],"
                + " \"workdir\": \"work\", \"python\": \"python3\"}}}");
    }

    /** The journal of a heal killed during install_module, and the pip stand-in it left running. */
    private Process killedDuringInstall(String tool, double installSeconds, Duration deadline) throws Exception {
        journal.append(Json.object().put("type", "incident_open").put("id", "i1").put("tool", "app")
                .put("at", Instant.now().minusSeconds(1).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", "i1").put("strategy", "install_module")
                .put("plan", "install widget-dist for import widget"));
        Files.writeString(dir.resolve("work/pip/__main__.py"), "import time\ntime.sleep(" + installSeconds + ")\n"
                + "open('widget.py', 'w').write('OK = 1\\n')\n");
        Process pip = new ProcessBuilder("python3", "-m", "pip", "install", "--", "widget-dist")
                .directory(dir.resolve("work").toFile()).start();
        // python3 may be a wrapper (a pyenv shim: env, bash, pyenv, then python): a crash leaves pip long past
        // those execs, so the test waits for the real interpreter too (mid-exec, /proc/PID/cmdline can read empty)
        org.autoheal.testing.Wait.until(() -> interpreterRuns(pip.pid()), Duration.ofSeconds(20));
        PidRecord process = new PidRecord("pip", pip.pid(), pip.info().startInstant().orElseThrow().toString(),
                List.of("python3", "-m", "pip", "install", "--", "widget-dist"), dir.resolve("work").toString(),
                home.logs().resolve("pip.log").toString(), 0);
        new PipRecord(process, tool, "widget", "widget-dist", Instant.now().plus(deadline).toString(), null)
                .write(PipRecord.file(home.state()));
        return pip;
    }

    /**
     * A python runs: the process itself, or a child of it (pyenv's shim keeps bash as the process for
     * `python3 -m pip`, with python as its child, to rehash after an install).
     */
    private static boolean interpreterRuns(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h), h.descendants()))
                .anyMatch(h -> h.info().command().map(c -> c.substring(c.lastIndexOf('/') + 1).startsWith("python")).orElse(false));
    }

    private List<Recovered> recover() {
        return new Recovery(HomeConfig.load(home), journal, new BackupStore(dir)).run(said::add);
    }

    @Test
    void aPipStillRunningIsWaitedFor_andACompleteInstallIsKept() throws Exception {
        Process pip = killedDuringInstall("app", 1.5, Duration.ofMinutes(1));

        List<Recovered> r = recover();

        assertThat(pip.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("pip ended (the JVM reaps a killed child asynchronously)").isTrue();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.COMPLETED);
            assertThat(x.detail()).contains("pip install widget-dist (pid " + pip.pid() + ", ended after AutoHeal stopped)")
                    .contains("`import widget` works");
        });
        assertThat(said.get(0)).contains("waiting up to").contains("pid " + pip.pid());
        assertThat(PipRecord.file(home.state())).doesNotExist();
        assertThat(recover()).as("recovered once only").isEmpty();
    }

    @Test
    void aPipPastItsDeadlineIsKilled_andTheIncidentReportedWithPipsLog() throws Exception {
        Process pip = killedDuringInstall("app", 60, Duration.ofSeconds(1));

        List<Recovered> r = recover();

        assertThat(pip.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("pip ended (the JVM reaps a killed child asynchronously)").isTrue();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.REPORTED);
            assertThat(x.detail()).contains("killed at its deadline").contains("`import widget` still fails")
                    .contains("logs/autoheal/pip.log");
        });
        assertThat(dir.resolve("work/widget.py")).doesNotExist();
    }

    @Test
    void aRecordOfAnotherToolchainIsNotThisIncidents() throws Exception {
        Process pip = killedDuringInstall("other", 0, Duration.ofMinutes(1));
        try {
            List<Recovered> r = recover();

            assertThat(r).singleElement().satisfies(x -> {
                assertThat(x.action()).isEqualTo(Recovered.REPORTED);
                assertThat(x.detail()).contains("interrupted while applying install_module");
            });
            assertThat(said).noneMatch(s -> s.contains("waiting up to"));
        } finally {
            pip.destroyForcibly();
        }
    }

    /** The journal of an install_module heal of {@code tool} killed mid-way, and a forged state/pip.json for it. */
    private void forged(String tool, long pid, String startTime, List<String> command, String importName) throws Exception {
        journal.append(Json.object().put("type", "incident_open").put("id", "i1").put("tool", tool)
                .put("at", Instant.now().minusSeconds(1).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", "i1").put("strategy", "install_module")
                .put("plan", "install widget-dist for import widget"));
        PidRecord process = new PidRecord("pip", pid, startTime, command, dir.resolve("work").toString(),
                home.logs().resolve("pip.log").toString(), 0);
        new PipRecord(process, tool, importName, "widget-dist", Instant.now().minusSeconds(5).toString(), null)
                .write(PipRecord.file(home.state()));
    }

    /** A script that leaves a marker when anything runs it. */
    private List<String> markerScript() throws Exception {
        Path evil = dir.resolve("evil.sh");
        Files.writeString(evil, "#!/bin/sh\necho ran > '" + dir.resolve("MARKER") + "'\n");
        evil.toFile().setExecutable(true);
        return List.of(evil.toString(), "-m", "pip", "install", "--", "widget-dist");
    }

    @Test
    void aForgedInterpreterInPipJson_isNeverRun_theConfiguredOneChecksTheImport() throws Exception {
        forged("app", 999_999_999L, Instant.now().toString(), markerScript(), "widget");

        List<Recovered> r = recover();

        assertThat(dir.resolve("MARKER")).as("the recorded command ran").doesNotExist();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.REPORTED);
            assertThat(x.detail()).contains("python3 cannot import widget");
        });
    }

    @Test
    void aRecordForAToolchainTodaysConfigLacks_isRefused_andKeptAside() throws Exception {
        forged("ghost", 999_999_999L, Instant.now().toString(), markerScript(), "widget");

        List<Recovered> r = recover();

        assertThat(dir.resolve("MARKER")).doesNotExist();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.REPORTED);
            assertThat(x.detail()).contains("refused state/pip.json").contains("'ghost'")
                    .contains("config/toolchains.json does not define").contains("nothing it names was run or signalled");
        });
        assertThat(said).singleElement().asString().contains("refused state/pip.json");
        assertThat(PipRecord.file(home.state())).doesNotExist();
        assertThat(home.state().resolve("pip.json.refused")).exists();
    }

    @Test
    void aRecordWithAnInvalidModuleName_isRefused() throws Exception {
        forged("app", 999_999_999L, Instant.now().toString(), markerScript(), "--index-url=http://evil");

        assertThat(recover()).singleElement().satisfies(x ->
                assertThat(x.detail()).contains("refused state/pip.json: its module name is invalid"));
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    @Test
    void aRecordWithoutTodaysConfig_isRefused() throws Exception {
        forged("app", 999_999_999L, Instant.now().toString(), markerScript(), "widget");

        List<Recovered> r = new Recovery(home, journal, new BackupStore(dir)).run(said::add);

        assertThat(r).singleElement().satisfies(x -> assertThat(x.detail()).contains("no configuration"));
        assertThat(dir.resolve("MARKER")).doesNotExist();
    }

    @Test
    void anotherProcessWithItsRealStartTime_pastTheDeadline_isNotKilled() throws Exception {
        Process victim = new ProcessBuilder("sleep", "60").start();
        try {
            forged("app", victim.pid(), victim.info().startInstant().orElseThrow().toString(),
                    List.of("sleep", "60"), "widget");

            List<Recovered> r = recover();

            assertThat(victim.isAlive()).as("a process that is not today's pip was signalled").isTrue();
            assertThat(r).singleElement().satisfies(x -> assertThat(x.detail())
                    .contains("does not run the pip command AutoHeal builds for this toolchain"));
            assertThat(said).noneMatch(l -> l.contains("waiting up to"));
        } finally {
            victim.destroyForcibly();
        }
    }
}
