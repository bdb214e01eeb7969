package org.autoheal.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Signal;
import org.autoheal.engine.TraceEvent;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.MissingDetail;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.autoheal.json.Json;

/** The JSON shapes of DESIGN §4 for an error, its diagnoses, proposals and trace. */
public final class DecisionJson {
    private DecisionJson() {
    }

    public static ObjectNode of(Decision d) {
        ObjectNode out = Json.object();
        out.set("error", error(d.error()));
        out.set("diagnosis", d.primary() == null ? null : diagnosis(d.primary()));
        ArrayNode all = out.putArray("diagnoses");
        d.diagnoses().forEach(x -> all.add(diagnosis(x)));
        ArrayNode proposals = out.putArray("proposals");
        d.proposals().forEach(p -> proposals.add(proposal(p)));
        out.set("evidence", evidence(d));
        out.set("trace", trace(d));
        if (!d.warnings().isEmpty()) out.set("warnings", Json.MAPPER.valueToTree(d.warnings()));
        out.put("rules_version", d.ruleBaseVersion());
        return out;
    }

    public static ObjectNode error(ToolchainError e) {
        ObjectNode n = Json.object();
        n.put("tool", e.getTool());
        n.put("language", e.getLanguage());
        n.put("type", e.getType());
        n.put("message", e.getMessage());
        n.set("exit_code", Json.MAPPER.valueToTree(e.getExitCode()));
        n.put("file", e.getFile());
        n.set("line", Json.MAPPER.valueToTree(e.getLine()));
        Json.putIfPresent(n, "errno", e.getErrno());
        Json.putIfPresent(n, "code", e.getCode());
        Json.putIfPresent(n, "module", e.getModule());
        if (!e.getOtherModules().isEmpty()) n.set("other_modules", Json.MAPPER.valueToTree(e.getOtherModules()));
        Json.putIfPresent(n, "path", e.getPath());
        Json.putIfPresent(n, "host", e.getHost());
        Json.putIfPresent(n, "port", e.getPort());
        Json.putIfPresent(n, "url", e.getUrl());
        Json.putIfPresent(n, "name", e.getName());
        Json.putIfPresent(n, "from_module", e.getFromModule());
        Json.putIfPresent(n, "http_status", e.getHttpStatus());
        Json.putIfPresent(n, "syscall", e.getSyscall());
        Json.putIfPresent(n, "mode", e.getMode());
        Json.putIfPresent(n, "json_file", e.getJsonFile());
        if (!e.getDetails().isEmpty()) n.set("details", Json.MAPPER.valueToTree(e.getDetails()));
        if (!e.getChain().isEmpty()) n.set("chain", Json.MAPPER.valueToTree(e.getChain()));
        return n;
    }

    /** Every signal of the output: where it is, what it says, and whether it won, lost or was dismissed, by which rule. */
    public static ArrayNode evidence(Decision d) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Signal s : d.evidence()) {
            ToolchainError e = s.fact();
            ObjectNode n = a.addObject();
            n.put("index", e.getIndex());
            n.put("origin", e.getOrigin());
            n.put("position", e.getPosition());
            Json.putIfPresent(n, "level", e.getLevel());
            n.put("language", e.getLanguage());
            n.put("type", e.getType());
            n.put("message", e.getMessage());
            n.put("status", s.status());
            Json.putIfPresent(n, "cause", s.cause());
            Json.putIfPresent(n, "diagnosed_by", s.diagnosedBy());
            Json.putIfPresent(n, "decided_by", s.rule());
            Json.putIfPresent(n, "lost_to", s.winner());
            Json.putIfPresent(n, "reason", s.reason());
        }
        return a;
    }

    public static ObjectNode diagnosis(Diagnosis d) {
        ObjectNode n = Json.object();
        n.put("cause", d.getCause());
        n.put("rule", d.getRule());
        Json.putIfPresent(n, "standing", d.getStanding());
        Json.putIfPresent(n, "standing_rule", d.getStandingRule());
        n.set("details", Json.MAPPER.valueToTree(d.getDetails()));
        Json.putIfPresent(n, "solution", d.getSolution());
        if (!d.getInferred().isEmpty()) n.set("inferred", Json.MAPPER.valueToTree(d.getInferred()));
        if (!d.getMissing().isEmpty()) {
            ArrayNode missing = n.putArray("missing");
            for (MissingDetail m : d.getMissing()) {
                ObjectNode x = missing.addObject();
                x.put("strategy", m.strategy());
                x.put("detail", m.detail());
                x.set("candidates", Json.MAPPER.valueToTree(m.candidates()));
                x.put("text", m.describe());
            }
        }
        return n;
    }

    public static ObjectNode proposal(Proposal p) {
        ObjectNode n = Json.object();
        n.put("strategy", p.getStrategy());
        n.put("rule", p.getRule());
        n.put("salience", p.getSalience());
        n.put("cause", p.getDiagnosis().getCause());
        n.set("params", Json.MAPPER.valueToTree(p.getParams()));
        return n;
    }

    public static ArrayNode trace(Decision d) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (TraceEvent t : d.trace()) {
            ObjectNode n = a.addObject();
            n.put("event", t.event());
            n.put("rule", t.rule());
            n.put("at", t.location());
            if (!t.event().equals(TraceEvent.MATCHED)) n.put("salience", t.salience());
            n.set("facts", Json.MAPPER.valueToTree(t.facts()));
            Json.putIfPresent(n, "note", t.note());
        }
        return a;
    }
}
