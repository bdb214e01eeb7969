package org.autoheal.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real AutoHeal processes on one home: the second is refused with the holder's pid and
 * exit 1 and changes nothing; when the first is killed (SIGKILL), the next repair takes the
 * lock over, recovers the interrupted incident and heals.
 */
@Tag(Tags.JVM)
class HomeLockProcessTest {
    @TempDir Path home;

    @Test
    void whenAnotherAutoHealHeals_thenRefusedWithItsPid_andAfterItDiesTheLockIsTakenOver() throws Exception {
        Path script = home.resolve("tools/run.sh");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");

        ChildJvm jvm = ChildJvm.get();
        ChildJvm.Running first = jvm.start(home, "heal:before-apply#1", "repair", "--yes");
        try {
            assertThat(first.awaitMarker(ChildJvm.marker())).as(first.err()).isTrue();
            assertThat(Files.readString(home.resolve("state/autoheal.lock"))).contains("pid=" + first.pid()).contains("command=repair");

            ChildJvm.Running second = jvm.start(home, null, "repair", "--yes");
            assertThat(second.waitFor()).as(second.err()).isEqualTo(1);
            assertThat(second.err()).contains("another AutoHeal is healing this home (pid " + first.pid() + ", since ")
                    .contains("running repair");
            assertThat(mode(script)).as("the refused process changed nothing").isEqualTo("rw-r--r--");

            Cli.Output rollback = Cli.run(home, "rollback", openIncident());
            assertThat(rollback.exit()).isEqualTo(1);
            assertThat(rollback.err()).contains("another AutoHeal is healing this home (pid " + first.pid());

            JsonNode row = Cli.historyOf(home, openIncident());
            assertThat(row.get("outcome").asText()).isEqualTo("in_progress");
            assertThat(row.get("healer").asText()).contains("pid " + first.pid());
        } finally {
            first.killTree();
        }

        String interrupted = openIncident();
        assertThat(Cli.historyOf(home, interrupted).get("recovery").asText()).isEqualTo("pending");
        Cli.Output third = Cli.run(home, "repair", "--yes");
        assertThat(third.exit()).as(third.out() + third.err()).isZero();
        assertThat(third.err()).contains("took over the home lock of pid " + first.pid());
        assertThat(third.out()).contains("recovered interrupted incident " + interrupted + " [build]: nothing_changed");
        assertThat(mode(script)).isEqualTo("rwxr-xr-x");
        JsonNode row = Cli.historyOf(home, interrupted);
        assertThat(row.get("outcome").asText()).isEqualTo("interrupted");
        assertThat(row.get("recovery").asText()).isEqualTo("nothing_changed");
        assertThat(Files.readString(home.resolve("state/autoheal.lock"))).as("released cleanly: emptied").isEmpty();
    }

    private String openIncident() throws Exception {
        for (String line : Files.readAllLines(home.resolve("logs/autoheal/journal.jsonl"))) {
            if (line.contains("\"incident_open\"")) return org.autoheal.json.Json.MAPPER.readTree(line).get("id").asText();
        }
        throw new AssertionError("no incident_open in the journal");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
