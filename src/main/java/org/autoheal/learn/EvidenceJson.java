package org.autoheal.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@link Evidence} and {@link LearningParams} as JSON, in one place: the journal keeps the
 * evidence a decision was made with, and {@code why} reads it back years later.
 */
public final class EvidenceJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EvidenceJson() {
    }

    public static ObjectNode of(Evidence e) {
        ObjectNode n = NODES.objectNode();
        n.put("successes", e.successes());
        n.put("failures", e.failures());
        n.put("weighted_successes", round(e.weightedSuccesses()));
        n.put("weighted_failures", round(e.weightedFailures()));
        n.put("posterior", round(e.posterior()));
        n.put("adjustment", e.adjustment());
        n.put("last_at", e.lastAt() == null ? null : e.lastAt().toString());
        n.put("last_outcome", e.lastOutcome());
        return n;
    }

    public static ObjectNode of(LearningParams p) {
        ObjectNode n = NODES.objectNode();
        n.put("half_life", p.halfLife().toString());
        n.put("max_adjustment", p.maxAdjustment());
        n.put("now", p.now().toString());
        return n;
    }

    /** Reads what {@link #of(Evidence)} wrote; null when the node is missing or not an object. */
    public static Evidence parse(JsonNode n, String rule, String cause) {
        if (n == null || !n.isObject()) return null;
        return new Evidence(rule, cause, n.path("successes").asInt(), n.path("failures").asInt(),
                n.path("weighted_successes").asDouble(), n.path("weighted_failures").asDouble(),
                n.path("posterior").asDouble(0.5), n.path("adjustment").asInt(), instant(n.path("last_at")),
                n.path("last_outcome").isTextual() ? n.path("last_outcome").asText() : null);
    }

    private static Instant instant(JsonNode n) {
        if (!n.isTextual()) return null;
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // four decimals are plenty to show and keep the journal line short
    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
