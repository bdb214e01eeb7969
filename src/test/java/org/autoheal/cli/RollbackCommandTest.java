package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `autoheal rollback` says what it did (or that there was nothing to do) and `history` shows rolled-back incidents. */
@Tag(Tags.PROCESS)
class RollbackCommandTest {
    @TempDir Path home;

    @BeforeEach
    void toolchain() throws Exception {
        Files.createDirectories(home.resolve("tools"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("tools/run.sh"), "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
    }

    String healedIncident() throws Exception {
        Cli.Output r = Cli.run(home, "repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out()).get("incidents").get(0).get("id").asText();
    }

    String mode() throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tools/run.sh")));
    }

    long rollbackRecords() throws Exception {
        return Files.readAllLines(home.resolve("logs/autoheal/journal.jsonl")).stream()
                .filter(l -> l.contains("\"type\":\"rollback\"")).count();
    }

    @Test
    void whenIncidentUnknown_thenNoSuchIncident_exit2() {
        Cli.Output r = Cli.run(home, "rollback", "nosuch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such incident nosuch in logs/autoheal/journal.jsonl")
                .contains("autoheal history").doesNotContain("has no backups");
    }

    @Test
    void whenRolledBackTwice_thenSecondSaysAlreadyRolledBack_andJournalsNothing() throws Exception {
        String id = healedIncident();
        assertThat(mode()).isEqualTo("rwxr-x---");

        Cli.Output first = Cli.run(home, "rollback", id);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("restored ", "rolled back incident " + id + " (1 of 1 entries restored)");
        assertThat(mode()).isEqualTo("rw-r-----");
        assertThat(rollbackRecords()).isEqualTo(1);

        Cli.Output second = Cli.run(home, "rollback", id);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("incident " + id + " is already rolled back").doesNotContain("restored ");
        assertThat(mode()).isEqualTo("rw-r-----");
        assertThat(rollbackRecords()).isEqualTo(1);
    }

    @Test
    void whenIncidentRolledBack_thenHistoryShowsIt() throws Exception {
        String id = healedIncident();
        JsonNode before = Json.MAPPER.readTree(Cli.run(home, "history", "--json").out()).get("incidents").get(0);
        assertThat(before.get("rolled_back").asInt()).isZero();
        assertThat(Cli.run(home, "history").out()).contains("healed").doesNotContain("rolled back");

        assertThat(Cli.run(home, "rollback", id).exit()).isZero();
        JsonNode after = Json.MAPPER.readTree(Cli.run(home, "history", "--json").out()).get("incidents").get(0);
        assertThat(after.get("outcome").asText()).isEqualTo("healed");
        assertThat(after.get("rolled_back").asInt()).isEqualTo(1);
        assertThat(Cli.run(home, "history").out()).containsPattern(id + " +build +healed, rolled back +permission");
    }
}
