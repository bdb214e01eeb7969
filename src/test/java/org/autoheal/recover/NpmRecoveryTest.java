package org.autoheal.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.autoheal.strategy.npm.NpmRecord;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An install_module attempt for Node whose AutoHeal was killed while npm ran: recovery finds npm
 * through state/npm.json, checks the record against today's config, waits for npm (or kills it at
 * its deadline) and asks today's node whether the package resolves. The toolchain's node is a
 * wrapper in {@code app/tools/bin/}; the npm beside it is a stand-in that "installs" by writing
 * {@code node_modules/widget} after a pause, so its command line is the one AutoHeal builds from config.
 */
@Tag(Tags.PROCESS)
class NpmRecoveryTest {
    @TempDir Path dir;
    Home home;
    Journal journal;
    Path app;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        home = new Home(dir);
        journal = new Journal(home.journal(), 1 << 20);
        app = dir.resolve("app");
        Files.createDirectories(app.resolve("tools/bin"));
        Files.writeString(app.resolve("package.json"), "{\"dependencies\": {\"widget\": \"file:../widget\"}}\n");
        executable(app.resolve("tools/bin/node"), "#!/bin/sh\nexec node \"$@\"\n");
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/toolchains.json"), "{\"toolchains\": {\"app\": {\"command\":"
                + " [\"tools/bin/node\", \"main.js\"], \"workdir\": \"app\"}}}");
    }

    private static void executable(Path p, String text) throws Exception {
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void journalOfKilledHeal(String tool) {
        journal.append(Json.object().put("type", "incident_open").put("id", "i1").put("tool", tool)
                .put("at", Instant.now().minusSeconds(1).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", "i1").put("strategy", "install_module")
                .put("plan", "npm install --no-audit --no-fund in app for 'widget'"));
    }

    /** The journal of a heal killed during npm install, and the npm stand-in it left running. */
    private Process killedDuringInstall(double installSeconds, Duration deadline) throws Exception {
        journalOfKilledHeal("app");
        executable(app.resolve("tools/bin/npm"), "#!/bin/sh\nsleep " + installSeconds + "\nmkdir -p node_modules/widget\n"
                + "echo '{\"name\": \"widget\"}' > node_modules/widget/package.json\n");
        List<String> argv = List.of(app.resolve("tools/bin/npm").toString(), "install", "--no-audit", "--no-fund");
        Process npm = new ProcessBuilder(argv).directory(app.toFile()).start();
        record(npm.pid(), npm.info().startInstant().orElseThrow().toString(), "app", "widget", "INSTALL", app.toString(), deadline);
        return npm;
    }

    private void record(long pid, String start, String tool, String pkg, String mode, String folder, Duration deadline)
            throws Exception {
        PidRecord process = new PidRecord("npm", pid, start, List.of("npm", "install"), folder,
                home.logs().resolve("npm.log").toString(), 0);
        new NpmRecord(process, tool, pkg, pkg, mode, folder, Instant.now().plus(deadline).toString(), null)
                .write(NpmRecord.file(home.state()));
    }

    private List<Recovered> recover() {
        return new Recovery(HomeConfig.load(home), journal, new BackupStore(dir)).run(said::add);
    }

    @Test
    void anNpmStillRunningIsWaitedFor_andACompleteInstallIsKept() throws Exception {
        Process npm = killedDuringInstall(1.5, Duration.ofMinutes(1));

        List<Recovered> r = recover();

        assertThat(npm.isAlive()).isFalse();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.COMPLETED);
            assertThat(x.detail()).contains("npm install for widget (pid " + npm.pid() + ", ended after AutoHeal stopped)")
                    .contains("'widget' resolves");
        });
        assertThat(said.get(0)).contains("waiting up to").contains("pid " + npm.pid());
        assertThat(NpmRecord.file(home.state())).doesNotExist();
        assertThat(recover()).as("recovered once only").isEmpty();
    }

    /** Real npm, whose process title changes to "npm install": still recognised as ours in its folder, and waited for. */
    @Test
    void aRealNpmStillRunning_isRecognisedDespiteItsProcessTitle_andWaitedFor() throws Exception {
        Files.writeString(dir.resolve("config/toolchains.json"), "{\"toolchains\": {\"app\": {\"command\":"
                + " [\"node\", \"main.js\"], \"workdir\": \"app\"}}}");
        Files.createDirectories(dir.resolve("widget"));
        Files.writeString(dir.resolve("widget/package.json"), "{\"name\": \"widget\", \"version\": \"1.0.0\"}\n");
        Files.writeString(app.resolve("package.json"), "{\"name\": \"app\", \"dependencies\": {\"widget\": \"file:../widget\"},"
                + " \"scripts\": {\"postinstall\": \"sleep 4\"}}\n");
        journalOfKilledHeal("app");
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund").directory(app.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        npm.getOutputStream().close();
        record(npm.pid(), npm.info().startInstant().orElseThrow().toString(), "app", "widget", "INSTALL", app.toString(),
                Duration.ofMinutes(1));
        assertThat(Wait.until(() -> commandLine(npm.pid()).startsWith("npm install"), Duration.ofSeconds(20)))
                .as("npm retitled its process").isTrue();

        List<Recovered> r = recover();

        assertThat(npm.isAlive()).isFalse();
        assertThat(said).anyMatch(l -> l.contains("waiting up to"));
        assertThat(r).singleElement().satisfies(x -> assertThat(x.action()).as(x.detail()).isEqualTo(Recovered.COMPLETED));
    }

    @Test
    void anNpmPastItsDeadlineIsKilled_andTheIncidentReportedWithNpmsLog() throws Exception {
        Process npm = killedDuringInstall(60, Duration.ofSeconds(1));

        List<Recovered> r = recover();

        assertThat(npm.isAlive()).isFalse();
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.REPORTED);
            assertThat(x.detail()).contains("killed at its deadline").contains("'widget' does not resolve")
                    .contains("logs/autoheal/npm.log");
        });
        assertThat(app.resolve("node_modules/widget")).doesNotExist();
    }

    @Test
    void aRecordForAToolchainTodaysConfigLacks_isRefused_andKeptAside() throws Exception {
        journalOfKilledHeal("ghost");
        record(999_999_999L, Instant.now().toString(), "ghost", "widget", "INSTALL", app.toString(), Duration.ofMinutes(1));

        List<Recovered> r = recover();

        assertThat(r).singleElement().satisfies(x -> assertThat(x.detail()).contains("refused state/npm.json")
                .contains("'ghost'").contains("nothing it names was run or signalled"));
        assertThat(home.state().resolve("npm.json.refused")).exists();
    }

    @Test
    void aRecordWhoseFolderLeavesTheRoots_orWhosePackageNameIsHostile_isRefused() throws Exception {
        journalOfKilledHeal("app");
        record(999_999_999L, Instant.now().toString(), "app", "widget", "INSTALL", dir.toString(), Duration.ofMinutes(1));
        assertThat(recover()).singleElement().satisfies(x -> assertThat(x.detail())
                .contains("refused state/npm.json: its folder is not inside the toolchain's roots"));

        journal.append(Json.object().put("type", "incident_open").put("id", "i2").put("tool", "app")
                .put("at", Instant.now().minusSeconds(1).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", "i2").put("strategy", "install_module").put("plan", "x"));
        record(999_999_999L, Instant.now().toString(), "app", "--registry=http://evil", "ADD", app.toString(), Duration.ofMinutes(1));
        assertThat(recover()).singleElement().satisfies(x -> assertThat(x.detail())
                .contains("refused state/npm.json: its package name is invalid"));
    }

    @Test
    void anotherProcessWithItsRealStartTime_pastTheDeadline_isNotKilled() throws Exception {
        journalOfKilledHeal("app");
        Process victim = new ProcessBuilder("sleep", "60").directory(app.toFile()).start();
        try {
            record(victim.pid(), victim.info().startInstant().orElseThrow().toString(), "app", "widget", "INSTALL",
                    app.toString(), Duration.ofSeconds(-5));

            List<Recovered> r = recover();

            assertThat(victim.isAlive()).as("a process that is not today's npm was signalled").isTrue();
            assertThat(r).singleElement().satisfies(x -> assertThat(x.detail()).contains("is not the npm run AutoHeal started"));
            assertThat(said).noneMatch(l -> l.contains("waiting up to"));
        } finally {
            victim.destroyForcibly();
        }
    }

    /** The process's command line as the kernel shows it now (a process title replaces it), or "" once it is gone. */
    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
