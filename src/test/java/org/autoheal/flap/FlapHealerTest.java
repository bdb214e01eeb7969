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
import org.autoheal.heal.Attempt;
import org.autoheal.heal.Incident;
import org.autoheal.heal.RepairReport;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate in the real pipeline: a held-back heal applies nothing; a manual repair overrides and closes the breaker. */
@Tag(Tags.PROCESS)
class FlapHealerTest {
    @TempDir Path home;
    Path script;

    @BeforeEach
    void setUp() throws Exception {
        script = home.resolve("tools/run.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
    }

    RepairReport repairEnforcing(AutoHeal ah, List<String> progress) {
        return ah.repair(List.of(ah.config().toolchain("build")), Approver.ALWAYS, false, progress::add,
                FlapGate.enforcing(DaemonAccess.flapGuard(ah)));
    }

    @Test
    void anOpenBreaker_holdsTheHealBack_andTheIncidentSaysWhy() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        for (int i = 0; i < 3; i++) DaemonAccess.flapGuard(ah).recorded("build", "permission", false);
        List<String> progress = new ArrayList<>();
        RepairReport report = repairEnforcing(ah, progress);
        assertThat(report.toolchains()).containsEntry("build", RepairReport.FAILING);
        Incident incident = report.incidents().get(0);
        Attempt a = incident.attempts().get(0);
        assertThat(a.outcome()).isEqualTo(Attempt.SKIPPED);
        assertThat(a.detail()).startsWith("flapping control: circuit breaker open").contains("build needs attention");
        assertThat(incident.attempts()).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).as("nothing applied").isEqualTo("rw-r--r--");
        assertThat(home.resolve("backups")).doesNotExist();
        assertThat(Files.readString(home.resolve("logs/autoheal/journal.jsonl")))
                .contains("\"event\":\"deferred\"").contains("\"kind\":\"breaker\"");
    }

    /** Watch asks every round, each time through DaemonAccess.flapGuard(ah): one incident and one deferred record per wait, not per round. */
    @Test
    void lookingAgainDuringTheSameWait_journalsNothingNew() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        for (int i = 0; i < 3; i++) DaemonAccess.flapGuard(ah).recorded("build", "permission", false);
        RepairReport first = repairEnforcing(ah, new ArrayList<>());
        List<String> progress = new ArrayList<>();
        RepairReport second = repairEnforcing(ah, progress);
        RepairReport third = repairEnforcing(ah, new ArrayList<>());

        assertThat(first.incidents()).hasSize(1);
        assertThat(second.incidents()).isEmpty();
        assertThat(third.incidents()).isEmpty();
        assertThat(second.toolchains()).containsEntry("build", RepairReport.DEFERRED);
        assertThat(progress).anyMatch(l -> l.startsWith("[build] still failing (permission), still deferred: flapping control: circuit breaker open"));
        List<String> journal = Files.readAllLines(home.resolve("logs/autoheal/journal.jsonl"));
        assertThat(journal.stream().filter(l -> l.contains("\"event\":\"deferred\""))).hasSize(1);
        assertThat(journal.stream().filter(l -> l.contains("\"type\":\"incident\""))).hasSize(1);
        assertThat(org.autoheal.testing.Cli.run(home, "why", "last").out())
                .contains("approval: not asked: held back by flapping control: circuit breaker open");
        assertThat(org.autoheal.testing.Cli.run(home, "history").out()).contains("fix_permissions (deferred)");

        DaemonAccess.flapGuard(ah).reset("build"); // a new wait after a reset is journaled again
        for (int i = 0; i < 3; i++) DaemonAccess.flapGuard(ah).recorded("build", "permission", false);
        assertThat(repairEnforcing(ah, new ArrayList<>()).incidents()).hasSize(1);
    }

    /** An error no rule diagnoses, seen every round: journaled once until it changes or the toolchain runs clean. */
    @Test
    void theSameUndiagnosedErrorEveryRound_isJournaledOnce() throws Exception {
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": "
                + "[\"sh\", \"-c\", \"echo 'zorblax: the frobnicator is sad' >&2; exit 1\"]}}}");
        AutoHeal ah = AutoHeal.open(home);
        assertThat(repairEnforcing(ah, new ArrayList<>()).incidents()).singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo(Incident.UNDIAGNOSED));
        List<String> progress = new ArrayList<>();
        RepairReport again = repairEnforcing(ah, progress);
        assertThat(again.incidents()).isEmpty();
        assertThat(progress).contains("[build] still failing with the same undiagnosed error (journaled once)");
        DaemonAccess.flapGuard(ah).healthy("build"); // seen healthy in between: the next failure is news again
        assertThat(repairEnforcing(ah, new ArrayList<>()).incidents()).hasSize(1);
        assertThat(ah.repair(List.of(ah.config().toolchain("build")), Approver.ALWAYS, false, x -> { }).incidents())
                .as("a repair by hand always journals").hasSize(1);
    }

    @Test
    void aFailedHeal_isBackedOff_thenAWorkingHealIsRecorded() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        DaemonAccess.flapGuard(ah).recorded("build", "permission", false);
        List<String> progress = new ArrayList<>();
        RepairReport held = repairEnforcing(ah, progress);
        assertThat(held.incidents().get(0).attempts().get(0).detail()).contains("flapping control: backoff until");
        assertThat(progress).anyMatch(l -> l.startsWith("[build] deferred: flapping control: backoff until"));
        DaemonAccess.flapGuard(ah).reset("build");
        RepairReport healed = repairEnforcing(ah, new ArrayList<>());
        assertThat(healed.toolchains()).containsEntry("build", RepairReport.HEALED);
        FlapStatus s = DaemonAccess.flapGuard(ah).status("build");
        assertThat(s.healsInWindow()).isEqualTo(1);
        assertThat(s.causes()).allMatch(c -> c.failures() == 0);
        assertThat(s.healthySince()).as("healed and run clean: seen healthy").isNotNull();
    }

    @Test
    void aManualRepair_overridesTheBreaker_andClosesIt() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        for (int i = 0; i < 3; i++) DaemonAccess.flapGuard(ah).recorded("build", "permission", false);
        Cli.Output r = Cli.run(home, "repair", "--yes");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-xr-x");
        assertThat(DaemonAccess.flapGuard(ah).status("build").needsAttention()).isFalse();
        assertThat(Files.readString(home.resolve("logs/autoheal/journal.jsonl"))).contains("\"event\":\"breaker_closed\"");
    }
}
