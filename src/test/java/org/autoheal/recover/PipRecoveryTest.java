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
import org.autoheal.explain.Json;
import org.autoheal.journal.Journal;
import org.autoheal.service.PidRecord;
import org.autoheal.strategy.pip.PipRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An install_module attempt whose AutoHeal was killed while pip ran: pip is detached, so recovery
 * finds it through state/pip.json, waits for it (or kills it at its deadline) and checks the import.
 * A real python process stands in for pip: it "installs" by writing the module after a pause.
 */
class PipRecoveryTest {
    @TempDir Path dir;
    Home home;
    Journal journal;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        home = new Home(dir);
        journal = new Journal(home.journal(), 1 << 20);
        Files.createDirectories(dir.resolve("work"));
    }

    /** The journal of a heal killed during install_module, and the pip stand-in it left running. */
    private Process killedDuringInstall(String tool, double installSeconds, Duration deadline) throws Exception {
        journal.append(Json.object().put("type", "incident_open").put("id", "i1").put("tool", "app")
                .put("at", Instant.now().minusSeconds(1).toString()));
        journal.append(Json.object().put("type", "apply").put("incident", "i1").put("strategy", "install_module")
                .put("plan", "install widget-dist for import widget"));
        Process pip = new ProcessBuilder("python3", "-c", "import time, sys; time.sleep(float(sys.argv[1])); "
                + "open('widget.py', 'w').write('OK = 1\\n')", String.valueOf(installSeconds))
                .directory(dir.resolve("work").toFile()).start();
        PidRecord process = new PidRecord("pip", pip.pid(), pip.info().startInstant().orElseThrow().toString(),
                List.of("python3", "-m", "pip", "install", "--", "widget-dist"), dir.resolve("work").toString(),
                home.logs().resolve("pip.log").toString(), 0);
        new PipRecord(process, tool, "widget", "widget-dist", Instant.now().plus(deadline).toString(), null)
                .write(PipRecord.file(home.state()));
        return pip;
    }

    private List<Recovered> recover() {
        return new Recovery(home, journal, new BackupStore(dir)).run(said::add);
    }

    @Test
    void aPipStillRunningIsWaitedFor_andACompleteInstallIsKept() throws Exception {
        Process pip = killedDuringInstall("app", 1.5, Duration.ofMinutes(1));

        List<Recovered> r = recover();

        assertThat(pip.isAlive()).isFalse();
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

        assertThat(pip.isAlive()).isFalse();
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
}
