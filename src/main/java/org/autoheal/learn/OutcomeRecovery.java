package org.autoheal.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.journal.JournalRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the learning outcomes from the journal when {@code state/learning/outcomes.jsonl} is
 * lost: every {@code attempt} record holds the rule, strategy, outcome and time, and (since the
 * journal carries it) the diagnosis cause; for older records the cause comes from the
 * incident's final record. Refused, skipped and dry-run attempts are not evidence and stay out.
 */
public final class OutcomeRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecovery.class);

    private OutcomeRecovery() {
    }

    /**
     * Rebuilds the outcomes file from the journal if the file is missing and the journal has
     * attempt records; logs a warning when outcomes were recovered (attempts that are no evidence,
     * such as dry runs, never reach the file: then an empty file is written quietly). Returns how
     * many outcomes were written (0 when nothing was missing or there was nothing to recover).
     */
    public static int recoverIfLost(OutcomeStore store, Journal journal) {
        if (Files.exists(store.file()) || !Files.exists(journal.file())) return 0;
        List<JournalRecord> records;
        try {
            records = journal.records();
        } catch (RuntimeException e) {
            LOG.warn("learning outcomes {} are missing and the journal {} cannot be read to rebuild them: {}",
                    store.file(), journal.file(), e.getMessage());
            return 0;
        }
        if (records.stream().noneMatch(r -> r instanceof JournalRecord.Attempt)) return 0;
        List<Outcome> outcomes = fromRecords(records);
        try {
            int n = store.rebuildFrom(outcomes); // an empty file too: the journal need not be read again next time
            if (n > 0) LOG.warn("learning outcomes {} were missing: rebuilt {} outcomes from the journal {}", store.file(), n, journal.file());
            return n;
        } catch (IOException e) {
            LOG.warn("learning outcomes {} are missing and could not be rebuilt: {}", store.file(), e.getMessage());
            return 0;
        }
    }

    /** The outcomes the journal's attempt lines describe, in journal order; non-evidence left out. */
    public static List<Outcome> fromJournal(List<JsonNode> lines) {
        return fromRecords(lines.stream().map(JournalRecords::of).toList());
    }

    /** The outcomes the journal's attempt records describe, in journal order; non-evidence left out. */
    public static List<Outcome> fromRecords(List<JournalRecord> records) {
        Map<String, String> causeOf = new HashMap<>();
        for (JournalRecord r : records) {
            if (!(r instanceof JournalRecord.Incident i) || i.diagnosis() == null) continue;
            JsonNode cause = i.diagnosis().path("cause");
            if (cause.isTextual()) causeOf.put(i.id() == null ? "" : i.id(), cause.asText());
        }
        List<Outcome> out = new ArrayList<>();
        int unusable = 0;
        for (JournalRecord r : records) {
            if (!(r instanceof JournalRecord.Attempt a)) continue;
            String incident = a.incident();
            String cause = a.cause() != null ? a.cause() : causeOf.get(incident);
            String rule = a.rule();
            String outcome = a.outcome();
            Instant at = instant(a.at());
            if (cause == null || rule == null || outcome == null || at == null) {
                unusable++;
                continue;
            }
            Outcome o = new Outcome(at, rule, cause, a.strategy(), outcome, incident);
            if (o.isEvidence()) out.add(o);
        }
        if (unusable > 0) {
            LOG.warn("{} journal attempt record(s) lack a rule, cause, outcome or time and were left out of the learning outcomes", unusable);
        }
        return out;
    }

    private static Instant instant(String s) {
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
