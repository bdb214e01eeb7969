package org.autoheal.explain;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Signal;
import org.autoheal.engine.TraceEvent;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.MissingDetail;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;

/**
 * The one definition of a decision's JSON (DESIGN §4), written straight to a Jackson generator:
 * {@code diagnose --batch} streams one per error without a tree of nodes in between, and
 * {@link DecisionJson} replays the same writing into a tree for the journal, {@code why} and the
 * intake, so the two can never disagree ({@code BatchEquivalenceTest} checks the batch bytes
 * against single decisions over the whole corpus).
 */
public final class DecisionJsonWriter {
    private DecisionJsonWriter() {
    }

    public static void write(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeFieldName("error");
        error(g, d.error());
        g.writeFieldName("diagnosis");
        if (d.primary() == null) g.writeNull();
        else diagnosis(g, d.primary());
        g.writeArrayFieldStart("diagnoses");
        for (Diagnosis x : d.diagnoses()) diagnosis(g, x);
        g.writeEndArray();
        g.writeArrayFieldStart("proposals");
        for (Proposal p : d.proposals()) proposal(g, p);
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Signal s : d.evidence()) signal(g, s);
        g.writeEndArray();
        g.writeArrayFieldStart("trace");
        for (TraceEvent t : d.trace()) trace(g, t);
        g.writeEndArray();
        if (!d.warnings().isEmpty()) strings(g, "warnings", d.warnings());
        g.writeStringField("rules_version", d.ruleBaseVersion());
        g.writeEndObject();
    }

    static void error(JsonGenerator g, ToolchainError e) throws IOException {
        g.writeStartObject();
        g.writeStringField("tool", e.getTool());
        g.writeStringField("language", e.getLanguage());
        g.writeStringField("type", e.getType());
        g.writeStringField("message", e.getMessage());
        number(g, "exit_code", e.getExitCode());
        g.writeStringField("file", e.getFile());
        number(g, "line", e.getLine());
        ifPresent(g, "errno", e.getErrno());
        ifPresent(g, "code", e.getCode());
        ifPresent(g, "module", e.getModule());
        if (!e.getOtherModules().isEmpty()) strings(g, "other_modules", e.getOtherModules());
        ifPresent(g, "path", e.getPath());
        ifPresent(g, "host", e.getHost());
        ifPresent(g, "port", e.getPort());
        ifPresent(g, "url", e.getUrl());
        ifPresent(g, "name", e.getName());
        ifPresent(g, "from_module", e.getFromModule());
        ifPresent(g, "http_status", e.getHttpStatus());
        ifPresent(g, "syscall", e.getSyscall());
        ifPresent(g, "mode", e.getMode());
        ifPresent(g, "json_file", e.getJsonFile());
        if (!e.getDetails().isEmpty()) map(g, "details", e.getDetails());
        if (!e.getChain().isEmpty()) strings(g, "chain", e.getChain());
        g.writeEndObject();
    }

    static void signal(JsonGenerator g, Signal s) throws IOException {
        ToolchainError e = s.fact();
        g.writeStartObject();
        g.writeNumberField("index", e.getIndex());
        g.writeStringField("origin", e.getOrigin());
        g.writeNumberField("position", e.getPosition());
        ifPresent(g, "level", e.getLevel());
        g.writeStringField("language", e.getLanguage());
        g.writeStringField("type", e.getType());
        g.writeStringField("message", e.getMessage());
        g.writeStringField("status", s.status());
        ifPresent(g, "cause", s.cause());
        ifPresent(g, "diagnosed_by", s.diagnosedBy());
        ifPresent(g, "decided_by", s.rule());
        ifPresent(g, "lost_to", s.winner());
        ifPresent(g, "reason", s.reason());
        g.writeEndObject();
    }

    static void diagnosis(JsonGenerator g, Diagnosis d) throws IOException {
        g.writeStartObject();
        g.writeStringField("cause", d.getCause());
        g.writeStringField("rule", d.getRule());
        ifPresent(g, "standing", d.getStanding());
        ifPresent(g, "standing_rule", d.getStandingRule());
        map(g, "details", d.getDetails());
        ifPresent(g, "solution", d.getSolution());
        if (!d.getInferred().isEmpty()) map(g, "inferred", d.getInferred());
        if (!d.getMissing().isEmpty()) {
            g.writeArrayFieldStart("missing");
            for (MissingDetail m : d.getMissing()) {
                g.writeStartObject();
                g.writeStringField("strategy", m.strategy());
                g.writeStringField("detail", m.detail());
                strings(g, "candidates", m.candidates());
                g.writeStringField("text", m.describe());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void proposal(JsonGenerator g, Proposal p) throws IOException {
        g.writeStartObject();
        g.writeStringField("strategy", p.getStrategy());
        g.writeStringField("rule", p.getRule());
        g.writeNumberField("salience", p.getSalience());
        g.writeStringField("cause", p.getDiagnosis().getCause());
        map(g, "params", p.getParams());
        g.writeEndObject();
    }

    static void trace(JsonGenerator g, TraceEvent t) throws IOException {
        g.writeStartObject();
        g.writeStringField("event", t.event());
        g.writeStringField("rule", t.rule());
        g.writeStringField("at", t.location());
        if (!t.event().equals(TraceEvent.MATCHED)) g.writeNumberField("salience", t.salience());
        strings(g, "facts", t.facts());
        ifPresent(g, "note", t.note());
        g.writeEndObject();
    }

    private static void ifPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }

    private static void ifPresent(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) g.writeNumberField(field, value.intValue());
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeNumberField(field, value.intValue());
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values == null) {
            g.writeNullField(field);
            return;
        }
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void map(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        if (values == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : values.entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
    }
}
