package org.autoheal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autoheal.journal.JournalRecord;
import org.autoheal.journal.JournalRecords;

/**
 * The journal records of one incident: the {@code incident_open} record, its {@code attempt}
 * records in order, the final {@code incident} record (null when AutoHeal stopped mid-heal) and
 * any later {@code rollback} records.
 */
public record WhyRecords(String id, JsonNode open, List<JsonNode> attempts, JsonNode incident, List<JsonNode> rollbacks) {
    public static final String LAST = "last";

    /** The incident with this id, or the newest one for {@code last}; empty when the journal has no such incident. */
    public static Optional<WhyRecords> find(List<JsonNode> journal, String idOrLast) {
        String id = LAST.equals(idOrLast) ? newest(journal) : idOrLast;
        if (id == null) return Optional.empty();
        JsonNode open = null;
        JsonNode incident = null;
        List<JsonNode> attempts = new ArrayList<>();
        List<JsonNode> rollbacks = new ArrayList<>();
        for (JsonNode r : journal) { // typed to find them, rendered from the line as written
            JournalRecord rec = JournalRecords.of(r);
            if (rec instanceof JournalRecord.IncidentOpen o && id.equals(o.id())) open = r;
            else if (rec instanceof JournalRecord.Incident i && id.equals(i.id())) incident = r;
            else if (rec instanceof JournalRecord.Attempt a && id.equals(a.incident())) attempts.add(r);
            else if (rec instanceof JournalRecord.Rollback b && id.equals(b.incident())) rollbacks.add(r);
        }
        if (open == null && incident == null) return Optional.empty();
        return Optional.of(new WhyRecords(id, open, List.copyOf(attempts), incident, List.copyOf(rollbacks)));
    }

    /** The id of the incident opened or finished last in the journal; null when there is none. */
    static String newest(List<JsonNode> journal) {
        for (int i = journal.size() - 1; i >= 0; i--) {
            JsonNode r = journal.get(i);
            String type = r.path("type").asText();
            if ((type.equals(JournalRecords.INCIDENT) || type.equals(JournalRecords.INCIDENT_OPEN)) && r.path("id").isTextual()) {
                return r.path("id").asText();
            }
        }
        return null;
    }

    /** The record that describes the incident best: the final one, else the opening one. */
    public JsonNode main() {
        return incident != null ? incident : open;
    }
}
