package org.autoheal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's record types against a journal the code before them wrote
 * ({@code journal/main-1fe59ef.jsonl}: `autoheal demo`, a rollback, services started and stopped
 * by hand, an undiagnosed failure, a dry run, flapping events and a recovery, by commit 1fe59ef).
 */
class JournalRecordsTest {
    static final String OLD_JOURNAL = "/journal/main-1fe59ef.jsonl";

    @TempDir Path dir;

    static Journal oldJournal(Path dir) throws Exception {
        Path file = dir.resolve("logs/autoheal/journal.jsonl");
        Files.createDirectories(file.getParent());
        try (InputStream in = JournalRecordsTest.class.getResourceAsStream(OLD_JOURNAL)) {
            Files.copy(in, file);
        }
        return new Journal(file, 1 << 20);
    }

    @Test
    void aJournalWrittenBeforeTheTypes_readsIntoTypedRecords() throws Exception {
        List<JournalRecord> records = oldJournal(dir).records();

        assertThat(records).hasSize(20).noneMatch(r -> r instanceof JournalRecord.Other);
        var attempt = records.stream().filter(r -> r instanceof JournalRecord.Attempt).map(r -> (JournalRecord.Attempt) r)
                .filter(a -> a.incident().endsWith("-permissions-1")).findFirst().orElseThrow();
        assertThat(attempt.strategy()).isEqualTo("fix_permissions");
        assertThat(attempt.outcome()).isEqualTo(HealOutcome.HEALED.wire());
        assertThat(attempt.cause()).isEqualTo("permission");
        assertThat(attempt.params()).containsKey("path");
        assertThat(attempt.backups()).singleElement().asString().endsWith("manifest.json");

        Map<String, String> outcomes = records.stream().filter(r -> r instanceof JournalRecord.Incident)
                .map(r -> (JournalRecord.Incident) r).collect(Collectors.toMap(i -> i.tool(), i -> i.outcome()));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("permissions", "healed", "node_ui", "healed",
                "odd", "undiagnosed", "perm2", "dry_run"));
        var undiagnosed = records.stream().filter(r -> r instanceof JournalRecord.Incident i && i.tool().equals("odd"))
                .map(r -> (JournalRecord.Incident) r).findFirst().orElseThrow();
        assertThat(undiagnosed.diagnosis().isNull()).isTrue();
        assertThat(undiagnosed.attempts()).isEmpty();

        var rollback = only(records, JournalRecord.Rollback.class);
        assertThat(rollback.incident()).endsWith("-node_ui-1");
        assertThat(rollback.restored()).isEqualTo(1);
        assertThat(only(records, JournalRecord.Recovered.class).action()).isEqualTo("rolled_back");
        assertThat(records.stream().filter(r -> r instanceof JournalRecord.Service).map(r -> ((JournalRecord.Service) r).action()))
                .containsExactly("start", "stop");
        var deferred = records.stream().filter(r -> r instanceof JournalRecord.Flapping f
                && f.event().equals(JournalRecord.Flapping.DEFERRED)).map(r -> (JournalRecord.Flapping) r).findFirst().orElseThrow();
        assertThat(deferred.kind()).isEqualTo("breaker");
        assertThat(deferred.until()).isNull();
    }

    @Test
    void everyRecordTypeOfTheOldJournal_writesBackAsTheSameJson() throws Exception {
        Journal old = oldJournal(dir);
        Set<String> types = new java.util.TreeSet<>();
        for (JsonNode line : old.readAll()) {
            JournalRecord r = JournalRecords.of(line);
            types.add(JournalRecords.typeOf(r));
            assertThat(reparsed(JournalRecords.json(r))).as(line.toString()).isEqualTo(line);
            assertThat(JournalRecords.json(r).fieldNames().next()).isEqualTo("type");
        }
        assertThat(types).containsExactlyInAnyOrder(JournalRecords.INCIDENT_OPEN, JournalRecords.INCIDENT,
                JournalRecords.ATTEMPT, JournalRecords.APPLY, JournalRecords.RECOVERED, JournalRecords.ROLLBACK,
                JournalRecords.SERVICE, JournalRecords.FLAPPING);
    }

    @Test
    void eachRecordType_survivesAppendAndRead() throws Exception {
        Journal j = new Journal(dir.resolve("j.jsonl"), 1 << 20);
        var entry = new JournalRecord.AttemptEntry("fix_permissions", "Make script executable", 62, 60,
                Map.of("path", "tools/run.sh"), "failed", "chmod 0755 tools/run.sh", "verification failed", List.of("b/m.json"), 12);
        List<JournalRecord> written = List.of(
                new JournalRecord.IncidentOpen("i-1", "build", "2026-12-06T23:00:00Z", null, null, List.of("slow pattern"),
                        null, null, null, null, null, "v1", "raw text"),
                JournalRecord.Attempt.of(entry, "i-1", "2026-12-06T23:00:01Z", "permission", null, 2, null),
                new JournalRecord.Apply("i-1", "fix_permissions", "chmod 0755 tools/run.sh", "2026-12-06T23:00:01Z"),
                new JournalRecord.Incident("i-1", "build", "2026-12-06T23:00:00Z", null, null, List.of(entry), "failed",
                        List.of(), null, null, null, null, null, "v1", "raw text"),
                new JournalRecord.Recovered("i-2", "build", "nothing_changed", "2026-12-06T23:00:02Z", List.of(), "none"),
                new JournalRecord.Rollback("i-1", "2026-12-06T23:00:03Z", 1, 0, false, List.of("tools/new")),
                new JournalRecord.Service("web", "start", "person", "2026-12-06T23:00:04Z", "pid 7"),
                new JournalRecord.Flapping("deferred", "build", "permission", "backing off", "2026-12-06T23:00:05Z",
                        "backoff", "2026-12-06T23:01:05Z"));
        written.forEach(j::append);

        List<JournalRecord> read = j.records();
        assertThat(read).hasSize(written.size());
        for (int i = 0; i < written.size(); i++) {
            // records holding JSON compare by it: a null decision part reads back as JSON null
            assertThat(reparsed(JournalRecords.json(read.get(i)))).isEqualTo(reparsed(JournalRecords.json(written.get(i))));
        }
        assertThat(((JournalRecord.Attempt) read.get(1)).learned()).isEqualTo(2);
        assertThat(((JournalRecord.Incident) read.get(3)).attempts()).containsExactly(entry);
        assertThat(read.get(5)).isEqualTo(written.get(5));
        assertThat(j.readAll().get(3).has("warnings")).as("empty warnings are left out").isFalse();
        assertThat(j.readAll().get(3).get("diagnosis").isNull()).as("an undiagnosed incident says so").isTrue();
    }

    @Test
    void anUnknownType_aMisfitAndAMissingField_readTolerantly() throws Exception {
        var mapper = JournalRecords.MAPPER;
        assertThat(JournalRecords.of(mapper.readTree("{\"type\":\"reload\",\"at\":\"x\"}")))
                .isEqualTo(new JournalRecord.Other("reload"));
        assertThat(JournalRecords.of(mapper.readTree("{\"id\":\"no type\"}"))).isEqualTo(new JournalRecord.Other(""));
        assertThat(JournalRecords.of(mapper.readTree("{\"type\":\"attempt\",\"params\":[1,2]}")))
                .isEqualTo(new JournalRecord.Other("attempt"));
        var cut = JournalRecords.of(mapper.readTree("{\"type\":\"incident\",\"id\":\"a\",\"outcome\":\"healed\","
                + "\"truncated\":\"record of 9000 bytes exceeded limits.max_journal_line_bytes\"}"));
        assertThat(cut).isInstanceOfSatisfying(JournalRecord.Incident.class, i -> {
            assertThat(i.id()).isEqualTo("a");
            assertThat(i.attempts()).isEmpty();
        });
    }

    /** The JSON as a reader sees it (280 is an int node whether a long or an int wrote it); field order does not count. */
    private static JsonNode reparsed(JsonNode n) throws Exception {
        return JournalRecords.MAPPER.readTree(n.toString());
    }

    private static <T extends JournalRecord> T only(List<JournalRecord> records, Class<T> type) {
        List<T> found = records.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
