package org.autoheal.explain;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Signal;
import org.autoheal.engine.TraceEvent;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.autoheal.json.Json;

/**
 * The JSON shapes of DESIGN §4 for an error, its diagnoses, proposals, evidence and trace, as trees
 * for callers that add to them. The shapes are defined once, in {@link DecisionJsonWriter}; this
 * replays its writing into a token buffer and reads the tree back.
 */
public final class DecisionJson {
    private DecisionJson() {
    }

    public static ObjectNode of(Decision d) {
        return (ObjectNode) tree(g -> DecisionJsonWriter.write(g, d));
    }

    public static ObjectNode error(ToolchainError e) {
        return (ObjectNode) tree(g -> DecisionJsonWriter.error(g, e));
    }

    /** Every signal of the output: where it is, what it says, and whether it won, lost or was dismissed, by which rule. */
    public static ArrayNode evidence(Decision d) {
        return (ArrayNode) tree(g -> {
            g.writeStartArray();
            for (Signal s : d.evidence()) DecisionJsonWriter.signal(g, s);
            g.writeEndArray();
        });
    }

    public static ObjectNode diagnosis(Diagnosis d) {
        return (ObjectNode) tree(g -> DecisionJsonWriter.diagnosis(g, d));
    }

    public static ObjectNode proposal(Proposal p) {
        return (ObjectNode) tree(g -> DecisionJsonWriter.proposal(g, p));
    }

    public static ArrayNode trace(Decision d) {
        return (ArrayNode) tree(g -> {
            g.writeStartArray();
            for (TraceEvent t : d.trace()) DecisionJsonWriter.trace(g, t);
            g.writeEndArray();
        });
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static JsonNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(Json.MAPPER, false)) {
            writing.to(buffer);
            return Json.MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("decision JSON", e);
        }
    }
}
