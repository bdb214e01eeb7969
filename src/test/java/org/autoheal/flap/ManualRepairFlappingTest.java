package org.autoheal.flap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.api.AutoHeal;
import org.autoheal.api.DaemonAccess;
import org.autoheal.heal.Approver;
import org.autoheal.heal.RepairReport;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 7: a person's repair is journaled and shown, but it is not the daemon's flapping. */
@Tag(Tags.PROCESS)
class ManualRepairFlappingTest {
    @TempDir Path home;
    Path script;

    @BeforeEach
    void setUp() throws Exception {
        script = home.resolve("tools/run.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho ok\n");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
        Files.writeString(home.resolve("config/autoheal.json"), "{\"flapping\": {\"max_heals_per_window\": 1, \"window\": \"1h\"}}");
    }

    void breakIt() throws Exception {
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void whenAPersonRepairs_thenTheWatchersWindowIsUntouched() throws Exception {
        breakIt();
        Cli.Output manual = Cli.run(home, "repair", "--yes");
        assertThat(manual.exit()).as(manual.err()).isZero();
        assertThat(Cli.run(home, "history").out()).contains("healed"); // journaled and shown

        AutoHeal ah = AutoHeal.open(home);
        assertThat(DaemonAccess.flapGuard(ah).status("build").healsInWindow()).isZero();
        breakIt();
        List<String> progress = new ArrayList<>();
        RepairReport daemon = ah.repair(List.of(ah.config().toolchain("build")), Approver.ALWAYS, false, progress::add,
                FlapGate.enforcing(DaemonAccess.flapGuard(ah)));
        assertThat(daemon.toolchains()).as(String.join("\n", progress)).containsEntry("build", RepairReport.HEALED);
        assertThat(progress).noneMatch(l -> l.contains("deferred"));
        assertThat(DaemonAccess.flapGuard(ah).status("build").healsInWindow()).isEqualTo(1); // the daemon's own heal counts
    }

    @Test
    void whenAPersonsRepairFails_thenNoBackoffNorBreaker_andWhenOneWorks_theBreakerCloses() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        FlapGuard guard = DaemonAccess.flapGuard(ah);
        for (int i = 0; i < 5; i++) guard.recordedByPerson("build", "permission", false);
        assertThat(guard.status("build").needsAttention()).isFalse();
        assertThat(guard.check("build", "permission").allowed()).isTrue();

        for (int i = 0; i < 3; i++) guard.recorded("build", "permission", false); // the daemon's failures
        assertThat(guard.status("build").needsAttention()).isTrue();
        breakIt();
        Cli.Output manual = Cli.run(home, "repair", "--yes");
        assertThat(manual.exit()).as(manual.err()).isZero();
        FlapStatus s = guard.status("build");
        assertThat(s.needsAttention()).isFalse();
        assertThat(s.causes()).allMatch(c -> c.failures() == 0);
        assertThat(Files.readString(home.resolve("logs/autoheal/journal.jsonl")))
                .contains("\"event\":\"breaker_closed\"");
    }
}
