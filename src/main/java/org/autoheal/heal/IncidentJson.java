package org.autoheal.heal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autoheal.engine.Decision;
import org.autoheal.explain.DecisionJson;
import org.autoheal.explain.Json;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.SalienceTable;
import org.autoheal.learn.EvidenceJson;
import org.autoheal.learn.LearnedSalience;

/** Incidents and reports in the JSON shape of DESIGN §4; the journal stores the same plus the trace. */
public final class IncidentJson {
    private IncidentJson() {
    }

    public static ObjectNode report(RepairReport r) {
        ObjectNode root = Json.object();
        ArrayNode tcs = root.putArray("toolchains");
        r.toolchains().forEach((name, status) -> tcs.addObject().put("name", name).put("status", status));
        ArrayNode incs = root.putArray("incidents");
        r.incidents().forEach(i -> incs.add(incident(i, false)));
        return root;
    }

    public static ObjectNode incident(Incident i, boolean withTrace) {
        Decision d = i.decision();
        ObjectNode n = Json.object();
        n.put("id", i.id());
        n.put("tool", i.tool());
        n.put("at", i.started().toString());
        n.set("error", DecisionJson.error(d.error()));
        n.set("diagnosis", d.primary() == null ? null : DecisionJson.diagnosis(d.primary()));
        ArrayNode attempts = n.putArray("attempts");
        for (Attempt a : i.attempts()) attempts.add(attempt(a));
        n.put("outcome", i.outcome());
        // e.g. a custom pattern that ran past its regex budget: the user must learn which one
        if (!d.warnings().isEmpty()) n.set("warnings", Json.MAPPER.valueToTree(d.warnings()));
        if (withTrace) {
            ArrayNode all = n.putArray("diagnoses");
            d.diagnoses().forEach(x -> all.add(DecisionJson.diagnosis(x)));
            ArrayNode proposals = n.putArray("proposals");
            for (Proposal p : d.proposals()) {
                ObjectNode pn = DecisionJson.proposal(p);
                learned(pn, i, p.getRule(), p.getDiagnosis().getCause());
                proposals.add(pn);
            }
            if (i.learned() instanceof LearnedSalience ls) n.set("learning", EvidenceJson.of(ls.params()));
            n.set("evidence", DecisionJson.evidence(d));
            n.set("trace", DecisionJson.trace(d));
            n.put("rules_version", d.ruleBaseVersion());
            n.put("raw", d.error().getRaw().length() <= 8192 ? d.error().getRaw()
                    : d.error().getRaw().substring(d.error().getRaw().length() - 8192));
        }
        return n;
    }

    /**
     * The salience snapshot of one (rule, cause) as the decision saw it: declared base, learned
     * adjustment and, when the table is the learner's, the evidence behind it.
     */
    static void learned(ObjectNode n, Incident i, String rule, String cause) {
        Integer base = i.baseSalience(rule);
        if (base != null) n.put("base_salience", base);
        SalienceTable t = i.learned();
        if (t == null || rule == null || cause == null) return;
        n.put("learned", t.adjustment(rule, cause));
        if (t instanceof LearnedSalience ls) n.set("evidence", EvidenceJson.of(ls.evidence(rule, cause)));
    }

    public static ObjectNode attempt(Attempt a) {
        ObjectNode n = Json.object();
        n.put("strategy", a.strategy());
        n.put("rule", a.rule());
        n.put("salience", a.salience());
        n.put("base_salience", a.baseSalience());
        n.set("params", Json.MAPPER.valueToTree(a.params()));
        n.put("outcome", a.outcome());
        Json.putIfPresent(n, "plan", a.plan());
        Json.putIfPresent(n, "detail", a.detail());
        n.set("backups", Json.MAPPER.valueToTree(a.backups()));
        n.put("millis", a.millis());
        return n;
    }
}
