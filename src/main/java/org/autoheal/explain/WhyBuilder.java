package org.autoheal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.autoheal.engine.RuleInfo;
import org.autoheal.explain.WhyReport.Diag;
import org.autoheal.explain.WhyReport.NotMatched;
import org.autoheal.explain.WhyReport.Ranked;
import org.autoheal.explain.WhyReport.RuleRun;
import org.autoheal.explain.WhyReport.Tried;
import org.autoheal.json.Json;
import org.autoheal.learn.EvidenceJson;

/**
 * Builds a {@link WhyReport} from one incident's journal records. The decision (trace,
 * proposals, learned salience and evidence) is read as the journal kept it at decision time;
 * only the conditions of rules that did not match come from the rules in service now.
 */
public final class WhyBuilder {
    private WhyBuilder() {
    }

    public static WhyReport build(WhyRecords rec, RuleTexts rules, String rulesVersionNow) {
        JsonNode main = rec.main();
        // an interrupted incident has no final record; its opening record carries the decision
        JsonNode inc = rec.incident() != null ? rec.incident()
                : rec.open() != null && rec.open().has("error") ? rec.open() : Json.object();
        String status = rec.incident() == null ? "interrupted" : inc.has("truncated") ? "truncated" : "finished";
        Map<String, RuleRun> trace = trace(inc.path("trace"), rules);
        List<Diag> diagnoses = new ArrayList<>();
        JsonNode ds = inc.path("diagnoses").size() > 0 ? inc.path("diagnoses") : Json.MAPPER.createArrayNode().add(inc.path("diagnosis"));
        for (JsonNode d : ds) {
            if (!d.isObject()) continue;
            List<String> waiting = new ArrayList<>();
            d.path("missing").forEach(m -> waiting.add(m.path("text").asText()));
            diagnoses.add(new Diag(text(d, "cause"), text(d, "rule"), at(d.path("rule").asText(), trace, rules),
                    strings(d.path("details")), strings(d.path("inferred")), List.copyOf(waiting)));
        }
        List<Tried> attempts = attempts(rec, trace, rules);
        List<Ranked> proposals = proposals(inc.path("proposals"), attempts, trace, rules, rec.incident() == null ? "interrupted" : text(inc, "outcome"));
        String cause = diagnoses.isEmpty() ? null : diagnoses.get(0).cause();
        List<NotMatched> notMatched = new ArrayList<>();
        if (status.equals("finished")) {
            for (RuleInfo r : rules.strategyRules()) {
                if (trace.containsKey(r.name())) continue;
                String when = rules.when(r.name());
                notMatched.add(new NotMatched(r.name(), r.location(), r.description(), when,
                        cause != null && when != null && when.contains("\"" + cause + "\"")));
            }
        }
        String version = text(inc, "rules_version");
        return new WhyReport(rec.id(), text(main, "tool"), text(main, "at"),
                rec.incident() == null ? "interrupted" : text(inc, "outcome"), status,
                note(status, version, rulesVersionNow, rec), inc.get("error"), diagnoses, List.copyOf(trace.values()),
                proposals, notMatched, attempts, strings(inc.path("learning")), version, rulesVersionNow,
                List.copyOf(strings(inc.path("warnings")).values()),
                inc.path("evidence").isArray() ? inc.get("evidence") : Json.MAPPER.createArrayNode());
    }

    private static String note(String status, String version, String now, WhyRecords rec) {
        List<String> notes = new ArrayList<>();
        if (status.equals("interrupted")) notes.add("the incident was opened but never finished (AutoHeal stopped mid-heal): "
                + (rec.open() != null && rec.open().has("error") ? "the decision is the one recorded when it opened"
                : "the decision was not recorded") + "; shown are the attempts the journal has");
        if (status.equals("truncated")) notes.add("the incident record exceeded limits.max_journal_line_bytes and was cut down "
                + "to its identifying fields: the decision is not available");
        if (version != null && now != null && !version.equals(now)) notes.add("the rules changed since (rules " + version
                + " then, " + now + " now): the conditions of rules that did not match are quoted from the rules now");
        if (!rec.rollbacks().isEmpty()) notes.add("rolled back later with `autoheal rollback` (" + rec.rollbacks().size() + " time(s))");
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private static Map<String, RuleRun> trace(JsonNode events, RuleTexts rules) {
        Map<String, RuleRun> out = new LinkedHashMap<>();
        for (JsonNode e : events) {
            String rule = text(e, "rule");
            if (rule == null) continue;
            RuleRun r = out.get(rule);
            RuleInfo info = rules.info(rule);
            if (r == null) r = new RuleRun(rule, e.path("at").asText("?"), info == null ? null : info.kind(), 0, 0, List.of(), null,
                    strings(e.path("facts")).values().stream().toList());
            List<String> cancelled = new ArrayList<>(r.cancelled());
            String ev = e.path("event").asText();
            if (ev.equals("cancelled")) cancelled.add(e.path("note").asText("cancelled"));
            Integer salience = r.salience() == null && ev.equals("fired") ? Integer.valueOf(e.path("salience").asInt()) : r.salience();
            out.put(rule, new RuleRun(rule, r.at(), r.kind(), r.matched() + (ev.equals("matched") ? 1 : 0),
                    r.fired() + (ev.equals("fired") ? 1 : 0), List.copyOf(cancelled), salience, r.facts()));
        }
        return out;
    }

    private static List<Tried> attempts(WhyRecords rec, Map<String, RuleRun> trace, RuleTexts rules) {
        JsonNode inFinal = rec.incident() == null ? Json.MAPPER.createArrayNode() : rec.incident().path("attempts");
        List<JsonNode> list = new ArrayList<>();
        if (rec.attempts().size() >= inFinal.size()) list.addAll(rec.attempts());
        else inFinal.forEach(list::add);
        String defaultCause = rec.incident() == null ? null : text(rec.incident().path("diagnosis"), "cause");
        List<Tried> out = new ArrayList<>();
        for (JsonNode a : list) {
            String rule = text(a, "rule");
            String cause = a.path("cause").isTextual() ? a.path("cause").asText() : defaultCause;
            String outcome = a.path("outcome").asText("?");
            String detail = text(a, "detail");
            String plan = text(a, "plan");
            List<String> backups = new ArrayList<>();
            a.path("backups").forEach(b -> backups.add(b.asText()));
            out.add(new Tried(out.size() + 1, text(a, "strategy"), rule, at(rule, trace, rules), cause, strings(a.path("params")),
                    a.path("salience").asInt(), integer(a, "base_salience"), integer(a, "learned"),
                    EvidenceJson.parse(a.get("evidence"), rule, cause), WhyWords.approval(outcome, detail), plan,
                    List.copyOf(backups), WhyWords.verification(outcome, detail, plan), outcome, detail, a.path("millis").asLong()));
        }
        return out;
    }

    private static List<Ranked> proposals(JsonNode ps, List<Tried> attempts, Map<String, RuleRun> trace, RuleTexts rules, String outcome) {
        List<Ranked> raw = new ArrayList<>();
        boolean[] used = new boolean[attempts.size()];
        for (JsonNode p : ps) {
            String rule = text(p, "rule");
            String strategy = text(p, "strategy");
            Map<String, String> params = strings(p.path("params"));
            Integer attempt = null;
            for (int i = 0; i < attempts.size() && attempt == null; i++) {
                Tried t = attempts.get(i);
                if (!used[i] && Objects.equals(t.strategy(), strategy) && Objects.equals(t.rule(), rule) && t.params().equals(params)) {
                    used[i] = true;
                    attempt = i + 1;
                }
            }
            String cause = text(p, "cause");
            raw.add(new Ranked(raw.size() + 1, strategy, rule, at(rule, trace, rules), cause, params, p.path("salience").asInt(),
                    integer(p, "base_salience"), integer(p, "learned"), EvidenceJson.parse(p.get("evidence"), rule, cause), attempt, null));
        }
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : raw) {
            out.add(new Ranked(r.rank(), r.strategy(), r.rule(), r.at(), r.cause(), r.params(), r.salience(), r.base(), r.learned(),
                    r.evidence(), r.attempt(), WhyWords.rank(r, raw.get(0), attempts, outcome)));
        }
        return out;
    }

    static String at(String rule, Map<String, RuleRun> trace, RuleTexts rules) {
        if (rule == null) return "?";
        RuleRun r = trace.get(rule);
        if (r != null) return r.at();
        RuleInfo info = rules.info(rule);
        return info == null ? "?" : info.location();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isInt() ? v.asInt() : null;
    }

    /** An object's or array's values as text, in order (arrays keyed by index). */
    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n.isObject()) n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) out.put(String.valueOf(i), n.get(i).asText());
        return out;
    }
}
