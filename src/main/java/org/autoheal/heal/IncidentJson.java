package org.autoheal.heal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.autoheal.engine.Decision;
import org.autoheal.explain.DecisionJson;
import org.autoheal.json.Json;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.SalienceTable;
import org.autoheal.journal.JournalRecord;
import org.autoheal.journal.JournalRecords;
import org.autoheal.learn.EvidenceJson;
import org.autoheal.learn.LearnedSalience;

/**
 * Incidents as journal records ({@link JournalRecord}) and as the JSON report of DESIGN §4,
 * which shows the journal's incident record without its trace part.
 */
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

    /** The incident as JSON: the report's shape, or with {@code withTrace} the journal's (without the type tag). */
    public static ObjectNode incident(Incident i, boolean withTrace) {
        return JournalRecords.fields(record(i, withTrace));
    }

    public static JournalRecord.Incident record(Incident i, boolean withTrace) {
        Decision d = i.decision();
        JsonNode diagnosis = d.primary() == null ? null : DecisionJson.diagnosis(d.primary());
        List<JournalRecord.AttemptEntry> attempts = i.attempts().stream().map(IncidentJson::entry).toList();
        if (!withTrace) {
            return new JournalRecord.Incident(i.id(), i.tool(), i.started().toString(), DecisionJson.error(d.error()),
                    diagnosis, attempts, i.outcome(), d.warnings(), null, null, null, null, null, null, null);
        }
        ArrayNode all = Json.MAPPER.createArrayNode();
        d.diagnoses().forEach(x -> all.add(DecisionJson.diagnosis(x)));
        ArrayNode proposals = Json.MAPPER.createArrayNode();
        for (Proposal p : d.proposals()) {
            ObjectNode pn = DecisionJson.proposal(p);
            learned(pn, i, p.getRule(), p.getDiagnosis().getCause());
            proposals.add(pn);
        }
        JsonNode learning = i.learned() instanceof LearnedSalience ls ? EvidenceJson.of(ls.params()) : null;
        String raw = d.error().getRaw();
        return new JournalRecord.Incident(i.id(), i.tool(), i.started().toString(), DecisionJson.error(d.error()),
                diagnosis, attempts, i.outcome(), d.warnings(), all, proposals, learning, DecisionJson.evidence(d),
                DecisionJson.trace(d), d.ruleBaseVersion(), raw.length() <= 8192 ? raw : raw.substring(raw.length() - 8192));
    }

    /** The journal's {@code attempt} record: the attempt, its cause and the salience snapshot of its (rule, cause). */
    static JournalRecord.Attempt attemptRecord(Incident i, Attempt a, String at, String cause) {
        SalienceTable t = i.learned();
        boolean known = t != null && a.rule() != null && cause != null;
        JsonNode evidence = known && t instanceof LearnedSalience ls ? EvidenceJson.of(ls.evidence(a.rule(), cause)) : null;
        return JournalRecord.Attempt.of(entry(a), i.id(), at, cause, i.baseSalience(a.rule()),
                known ? t.adjustment(a.rule(), cause) : null, evidence);
    }

    /**
     * The salience snapshot of one (rule, cause) as the decision saw it: declared base, learned
     * adjustment and, when the table is the learner's, the evidence behind it.
     */
    private static void learned(ObjectNode n, Incident i, String rule, String cause) {
        Integer base = i.baseSalience(rule);
        if (base != null) n.put("base_salience", base);
        SalienceTable t = i.learned();
        if (t == null || rule == null || cause == null) return;
        n.put("learned", t.adjustment(rule, cause));
        if (t instanceof LearnedSalience ls) n.set("evidence", EvidenceJson.of(ls.evidence(rule, cause)));
    }

    static JournalRecord.AttemptEntry entry(Attempt a) {
        return new JournalRecord.AttemptEntry(a.strategy(), a.rule(), a.salience(), a.baseSalience(), a.params(),
                a.outcome(), a.plan(), a.detail(), a.backups(), a.millis());
    }
}
