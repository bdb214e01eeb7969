package org.autoheal.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autoheal.explain.WhyReport.Diag;
import org.autoheal.explain.WhyReport.NotMatched;
import org.autoheal.explain.WhyReport.Ranked;
import org.autoheal.explain.WhyReport.RuleRun;
import org.autoheal.explain.WhyReport.Tried;
import org.autoheal.json.Json;
import org.autoheal.learn.Evidence;
import org.autoheal.learn.EvidenceJson;

/** A {@link WhyReport} as one JSON object, complete, for tools. Absent values are JSON null. */
public final class WhyJson {
    private WhyJson() {
    }

    public static ObjectNode of(WhyReport r) {
        ObjectNode n = Json.object();
        n.put("incident", r.incident()).put("tool", r.tool()).put("at", r.at()).put("outcome", r.outcome())
                .put("status", r.status()).put("note", r.note());
        n.set("error", r.error());
        n.set("warnings", Json.MAPPER.valueToTree(r.warnings()));
        n.set("evidence", r.evidence());
        ArrayNode ds = n.putArray("diagnoses");
        for (Diag d : r.diagnoses()) {
            ObjectNode o = ds.addObject().put("cause", d.cause()).put("rule", d.rule()).put("at", d.at());
            o.set("details", Json.MAPPER.valueToTree(d.details()));
            if (!d.inferred().isEmpty()) o.set("inferred", Json.MAPPER.valueToTree(d.inferred()));
            if (!d.waiting().isEmpty()) o.set("missing", Json.MAPPER.valueToTree(d.waiting()));
        }
        ArrayNode rules = n.putArray("rules");
        for (RuleRun x : r.rules()) {
            ObjectNode o = rules.addObject().put("rule", x.rule()).put("at", x.at()).put("kind", x.kind())
                    .put("matched", x.matched()).put("fired", x.fired()).put("salience", x.salience());
            o.set("cancelled", Json.MAPPER.valueToTree(x.cancelled()));
            o.set("facts", Json.MAPPER.valueToTree(x.facts()));
        }
        ArrayNode ps = n.putArray("proposals");
        for (Ranked p : r.proposals()) {
            ObjectNode o = ps.addObject().put("rank", p.rank()).put("strategy", p.strategy()).put("rule", p.rule())
                    .put("at", p.at()).put("cause", p.cause());
            o.set("params", Json.MAPPER.valueToTree(p.params()));
            salience(o, p.salience(), p.base(), p.learned(), p.evidence());
            o.put("attempt", p.attempt()).put("why", p.why());
        }
        ArrayNode nm = n.putArray("not_matched");
        for (NotMatched x : r.notMatched()) {
            nm.addObject().put("rule", x.rule()).put("at", x.at()).put("description", x.description())
                    .put("when", x.when()).put("same_cause", x.sameCause());
        }
        ArrayNode as = n.putArray("attempts");
        for (Tried a : r.attempts()) {
            ObjectNode o = as.addObject().put("n", a.n()).put("strategy", a.strategy()).put("rule", a.rule())
                    .put("at", a.at()).put("cause", a.cause());
            o.set("params", Json.MAPPER.valueToTree(a.params()));
            salience(o, a.salience(), a.base(), a.learned(), a.evidence());
            o.put("approval", a.approval()).put("plan", a.plan());
            o.set("backups", Json.MAPPER.valueToTree(a.backups()));
            o.put("verification", a.verification()).put("outcome", a.outcome()).put("detail", a.detail()).put("millis", a.millis());
        }
        n.set("learning", learning(r));
        n.put("rules_version", r.rulesVersion()).put("rules_version_now", r.rulesVersionNow());
        return n;
    }

    private static ObjectNode learning(WhyReport r) {
        if (r.learning().isEmpty()) return null;
        ObjectNode l = Json.object().put("half_life", r.learning().get("half_life")).put("now", r.learning().get("now"));
        try {
            l.put("max_adjustment", Integer.parseInt(r.learning().get("max_adjustment")));
        } catch (NumberFormatException e) {
            l.put("max_adjustment", r.learning().get("max_adjustment"));
        }
        return l;
    }

    /** effective = base + learned, and the evidence behind the learned part (with its one-line description). */
    static void salience(ObjectNode o, int salience, Integer base, Integer learned, Evidence e) {
        o.put("salience", salience).put("base", base).put("learned", learned);
        if (e == null) {
            o.putNull("evidence");
            return;
        }
        ObjectNode ev = EvidenceJson.of(e);
        ev.put("describe", e.describe());
        o.set("evidence", ev);
    }
}
