package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home whose journal the code before the typed journal wrote ({@code journal/main-1fe59ef.jsonl},
 * see JournalRecordsTest): history says exactly what that code said about it
 * ({@code main-1fe59ef.history.json}, its `history --json`), why explains its incidents, and
 * the lost learning outcomes are rebuilt from it.
 */
class OldJournalCliTest {
    @TempDir Path home;

    private void oldHome() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {}}");
        Path journal = home.resolve("logs/autoheal/journal.jsonl");
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, resource("/journal/main-1fe59ef.jsonl"));
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = OldJournalCliTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void historyOfAnOldJournal_isWhatTheOldCodeSaid() throws Exception {
        oldHome();
        Cli.Output r = Cli.run(home, "history", "--json");
        assertThat(r.exit()).isZero();
        assertThat(Json.MAPPER.readTree(r.out())).isEqualTo(Json.MAPPER.readTree(resource("/journal/main-1fe59ef.history.json")));
    }

    @Test
    void whyOfAnOldJournal_explainsItsIncidents_andItsAttemptsRebuildTheLearningOutcomes() throws Exception {
        oldHome();
        Cli.Output r = Cli.run(home, "why", "20261206T230247Z-permissions-1", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode why = Json.MAPPER.readTree(r.out());
        assertThat(why.toString()).contains("fix_permissions", "Make script executable", "healed");

        Cli.Output last = Cli.run(home, "why", "last");
        assertThat(last.exit()).as(last.err()).isZero();
        assertThat(last.out()).contains("20261206T230406Z-perm2-1", "dry_run");

        // the healed attempts of the old journal are the evidence; the dry run is not
        assertThat(Files.readAllLines(home.resolve("state/learning/outcomes.jsonl")))
                .hasSize(2)
                .allMatch(l -> l.contains("\"outcome\":\"healed\""));
    }
}
