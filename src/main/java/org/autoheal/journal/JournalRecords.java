package org.autoheal.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader and writer of journal records: the {@code "type"} name of each
 * {@link JournalRecord} shape, a record as the JSON object of its line (type first), and a line
 * back as its record. Reading is tolerant, as the journal has always been: unknown fields are
 * ignored, missing ones are null, and a line of an unknown type, or one whose fields do not fit
 * its type, is an {@link JournalRecord.Other}.
 */
public final class JournalRecords {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRecords.class);
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public static final String INCIDENT_OPEN = "incident_open";
    public static final String INCIDENT = "incident";
    public static final String ATTEMPT = "attempt";
    public static final String APPLY = "apply";
    public static final String RECOVERED = "recovered";
    public static final String ROLLBACK = "rollback";
    public static final String SERVICE = "service";
    public static final String FLAPPING = "flapping";

    private static final Map<String, Class<? extends JournalRecord>> TYPES = Map.of(
            INCIDENT_OPEN, JournalRecord.IncidentOpen.class,
            INCIDENT, JournalRecord.Incident.class,
            ATTEMPT, JournalRecord.Attempt.class,
            APPLY, JournalRecord.Apply.class,
            RECOVERED, JournalRecord.Recovered.class,
            ROLLBACK, JournalRecord.Rollback.class,
            SERVICE, JournalRecord.Service.class,
            FLAPPING, JournalRecord.Flapping.class);

    private JournalRecords() {
    }

    /** The {@code "type"} a record is written with. */
    public static String typeOf(JournalRecord r) {
        if (r instanceof JournalRecord.Other o) return o.type();
        for (var e : TYPES.entrySet()) {
            if (e.getValue() == r.getClass()) return e.getKey();
        }
        throw new IllegalArgumentException("no journal type for " + r.getClass().getName());
    }

    /** The JSON object of a record's journal line: {@code "type"} first, then its fields. */
    public static ObjectNode json(JournalRecord r) {
        ObjectNode n = MAPPER.createObjectNode().put("type", typeOf(r));
        if (!(r instanceof JournalRecord.Other)) n.setAll((ObjectNode) MAPPER.valueToTree(r));
        return n;
    }

    /** A record's fields without the type tag: the shape the repair report shows an incident in. */
    public static ObjectNode fields(Object record) {
        return MAPPER.valueToTree(record);
    }

    /** The record a journal line holds; a type this version does not know, or fields that do not fit, give {@link JournalRecord.Other}. */
    public static JournalRecord of(JsonNode line) {
        String type = line.path("type").asText("");
        Class<? extends JournalRecord> c = TYPES.get(type);
        if (c == null) return new JournalRecord.Other(type);
        try {
            return MAPPER.treeToValue(line, c);
        } catch (Exception e) { // e.g. a number where text belongs: skipped by readers, as a corrupt line is
            LOG.warn("a journal '{}' record does not fit its type and is ignored: {}", type, e.getMessage());
            return new JournalRecord.Other(type);
        }
    }
}
