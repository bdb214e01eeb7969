package org.autoheal.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.api.AutoHeal;
import org.autoheal.json.Json;
import org.autoheal.journal.Journal;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning outcomes are rebuilt from the journal when the state file is lost. */
@Tag(Tags.PROCESS)
class OutcomeStoreRecoveryTest {
    @TempDir Path dir;

    @Test
    void deletedStateFile_isRebuiltFromRealRepairs_withTheSameLearnedSalience() throws Exception {
        TestHome home = new TestHome(dir).competingCase();
        home.repairOne();
        home.breakData();
        home.repairOne();
        OutcomeStore store = new OutcomeStore(dir.resolve("state"));
        List<Outcome> before = store.readAll();
        assertThat(before).extracting(Outcome::rule, Outcome::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Junk first", "failed"),
                        org.assertj.core.groups.Tuple.tuple("Good second", "healed"),
                        org.assertj.core.groups.Tuple.tuple("Good second", "healed"));
        LearningParams at = LearningParams.defaults(Instant.now().plusSeconds(3600));

        Files.delete(store.file());
        AutoHeal.open(dir);
        assertThat(store.file()).exists();
        assertThat(store.readAll()).isEqualTo(before);
        assertSameLearning(before, store.readAll(), at);

        // journals written before attempt records carried the cause: it comes from the incident record
        Path journal = dir.resolve("logs/autoheal/journal.jsonl");
        List<String> old = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            ObjectNode r = (ObjectNode) Json.MAPPER.readTree(line);
            if (r.get("type").asText().equals("attempt")) r.remove(List.of("cause", "learned", "evidence"));
            old.add(Json.MAPPER.writeValueAsString(r));
        }
        Files.write(journal, old);
        assertThat(Files.readString(journal)).doesNotContain("\"cause\":\"bad_data\",\"base");
        Files.delete(store.file());
        AutoHeal.open(dir);
        assertThat(store.readAll()).isEqualTo(before);
        LearnedSalience rebuilt = LearnedSalience.from(store.readAll(), at);
        assertThat(rebuilt.adjustment("Good second", "bad_data")).isPositive();
        assertThat(rebuilt.adjustment("Junk first", "bad_data")).isNegative();
    }

    @Test
    void onlyHealedFailedAndErrorAreEvidence_andAttemptsWithoutACauseAreLeftOut() throws Exception {
        List<JsonNode> journal = new ArrayList<>();
        journal.add(Json.MAPPER.readTree("{\"type\":\"incident_open\",\"id\":\"i1\",\"tool\":\"t\",\"at\":\"2026-01-01T00:00:00Z\"}"));
        for (String outcome : List.of("healed", "failed", "error", "refused", "skipped", "dry_run")) {
            journal.add(Json.MAPPER.readTree("{\"type\":\"attempt\",\"incident\":\"i1\",\"rule\":\"R\",\"strategy\":\"s\","
                    + "\"outcome\":\"" + outcome + "\",\"at\":\"2026-01-01T00:00:01Z\"}"));
        }
        journal.add(Json.MAPPER.readTree("{\"type\":\"attempt\",\"incident\":\"i2\",\"rule\":\"R\",\"outcome\":\"healed\",\"at\":\"2026-01-01T00:00:02Z\"}"));
        journal.add(Json.MAPPER.readTree("{\"type\":\"attempt\",\"incident\":\"i3\",\"rule\":\"R\",\"cause\":\"own\",\"outcome\":\"failed\",\"at\":\"2026-01-01T00:00:03Z\"}"));
        journal.add(Json.MAPPER.readTree("{\"type\":\"incident\",\"id\":\"i1\",\"diagnosis\":{\"cause\":\"c1\"}}"));
        List<Outcome> out = OutcomeRecovery.fromJournal(journal);
        assertThat(out).extracting(Outcome::incident, Outcome::cause, Outcome::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i1", "c1", "healed"),
                org.assertj.core.groups.Tuple.tuple("i1", "c1", "failed"),
                org.assertj.core.groups.Tuple.tuple("i1", "c1", "error"),
                org.assertj.core.groups.Tuple.tuple("i3", "own", "failed"));
    }

    @Test
    void presentStateFile_orNoJournal_isLeftAlone() throws Exception {
        OutcomeStore store = new OutcomeStore(dir.resolve("state"));
        Journal journal = new Journal(dir.resolve("logs/journal.jsonl"), 1 << 20);
        assertThat(OutcomeRecovery.recoverIfLost(store, journal)).isZero();
        assertThat(store.file()).doesNotExist();
        journal.append(Json.object().put("type", "attempt").put("incident", "i").put("rule", "R").put("cause", "c")
                .put("outcome", "healed").put("at", "2026-01-01T00:00:00Z"));
        store.record(new Outcome(Instant.parse("2026-02-01T00:00:00Z"), "R", "c", "s", "failed", "j"));
        assertThat(OutcomeRecovery.recoverIfLost(store, journal)).isZero();
        assertThat(store.readAll()).extracting(Outcome::incident).containsExactly("j");
        Files.delete(store.file());
        assertThat(OutcomeRecovery.recoverIfLost(store, journal)).isEqualTo(1);
        assertThat(store.readAll()).extracting(Outcome::incident).containsExactly("i");
    }

    private static void assertSameLearning(List<Outcome> a, List<Outcome> b, LearningParams at) {
        LearnedSalience x = LearnedSalience.from(a, at);
        LearnedSalience y = LearnedSalience.from(b, at);
        for (String rule : List.of("Junk first", "Good second")) {
            assertThat(y.evidence(rule, "bad_data")).isEqualTo(x.evidence(rule, "bad_data"));
            assertThat(y.evidence(rule, "bad_data").hasHistory()).isTrue();
        }
        assertThat(y.byRule()).isEqualTo(x.byRule());
    }
}
