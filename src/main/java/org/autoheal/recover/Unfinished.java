package org.autoheal.recover;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.journal.JournalRecord;
import org.autoheal.journal.JournalRecords;
import org.autoheal.journal.HealOutcome;

/**
 * An incident the journal shows as opened ({@code incident_open}) but never finished (no final
 * {@code incident} record) and not yet recovered (no {@code recovered} record): the process
 * that healed it died.
 *
 * @param id              the incident id
 * @param tool            its toolchain
 * @param at              when it was opened
 * @param applying        the strategy whose {@code apply} record has no {@code attempt} after it
 *                        (it was changing things when the process died), else null
 * @param applyingPlan    that strategy's plan, else null
 * @param verifiedHealed  an attempt was verified as healed; only the final record is missing
 */
public record Unfinished(String id, String tool, String at, String applying, String applyingPlan,
                         boolean verifiedHealed) {

    /** The unfinished incidents among the journal's lines, in journal order. */
    public static List<Unfinished> in(List<JsonNode> journal) {
        return among(journal.stream().map(JournalRecords::of).toList());
    }

    /** The unfinished incidents among the journal's records, in journal order. */
    public static List<Unfinished> among(List<JournalRecord> journal) {
        Map<String, Unfinished> open = new LinkedHashMap<>();
        for (JournalRecord r : journal) {
            if (r instanceof JournalRecord.IncidentOpen o) {
                open.putIfAbsent(text(o.id()), new Unfinished(text(o.id()), text(o.tool()), text(o.at()), null, null, false));
            } else if (r instanceof JournalRecord.Incident i) {
                open.remove(text(i.id()));
            } else if (r instanceof JournalRecord.Recovered rec) {
                open.remove(text(rec.incident()));
            } else if (r instanceof JournalRecord.Apply a) {
                open.computeIfPresent(text(a.incident()), (id, u) -> new Unfinished(id, u.tool(), u.at(), text(a.strategy()),
                        text(a.plan()), u.verifiedHealed()));
            } else if (r instanceof JournalRecord.Attempt a) {
                open.computeIfPresent(text(a.incident()), (id, u) -> new Unfinished(id, u.tool(), u.at(), null, null,
                        u.verifiedHealed() || HealOutcome.HEALED.is(a.outcome())));
            }
        }
        return new ArrayList<>(open.values());
    }

    /** The {@code recovered} records by incident id, for {@code history}. */
    public static Map<String, JournalRecord.Recovered> recoveries(List<JournalRecord> journal) {
        Map<String, JournalRecord.Recovered> out = new LinkedHashMap<>();
        for (JournalRecord r : journal) {
            if (r instanceof JournalRecord.Recovered rec) out.put(text(rec.incident()), rec);
        }
        return out;
    }

    /** A missing field read as the empty text, as the journal's readers always have. */
    private static String text(String s) {
        return s == null ? "" : s;
    }
}
