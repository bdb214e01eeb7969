package org.autoheal.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** One outcome as one JSON object on one line: {@code {"at":"…Z","rule":…,"cause":…,"strategy":…,"outcome":…,"incident":…}}. */
final class OutcomeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeJson() {
    }

    /** The object plus '\n'; JSON escapes control characters, so the text holds no other newline. */
    static String line(Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("at", o.at().toString());
        n.put("rule", o.rule());
        n.put("cause", o.cause());
        n.put("strategy", o.strategy());
        n.put("outcome", o.outcome());
        n.put("incident", o.incident());
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize outcome " + o, e);
        }
    }

    /** Parses one line; throws IllegalArgumentException saying what is wrong with it. */
    static Outcome parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        Instant at;
        try {
            at = Instant.parse(required(n, "at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'at' is not an ISO-8601 instant");
        }
        Outcome o = new Outcome(at, required(n, "rule"), required(n, "cause"), optional(n, "strategy"),
                required(n, "outcome"), optional(n, "incident"));
        if (!o.isEvidence()) throw new IllegalArgumentException("outcome '" + o.outcome() + "' is not healed, failed or error");
        return o;
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        return v.asText();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("field '" + field + "' is not a string");
        return v.asText();
    }
}
