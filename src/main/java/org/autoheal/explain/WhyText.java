package org.autoheal.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.explain.WhyReport.Diag;
import org.autoheal.explain.WhyReport.NotMatched;
import org.autoheal.explain.WhyReport.Ranked;
import org.autoheal.explain.WhyReport.RuleRun;
import org.autoheal.explain.WhyReport.Tried;
import org.autoheal.learn.Evidence;

/** A {@link WhyReport} as a short tree for a person; {@link WhyJson} has everything for tools. */
public final class WhyText {
    private static final Set<String> SHOWN = Set.of("tool", "type", "message", "details", "chain");

    private WhyText() {
    }

    public static String of(WhyReport r) {
        Tree t = new Tree();
        StringBuilder b = new StringBuilder("incident " + r.incident() + " (tool " + r.tool() + ", " + r.at() + "): " + r.outcome() + "\n");
        if (r.note() != null) t.leaf("note: " + r.note());
        if (r.error() != null) t.leaf("error: " + error(r.error()), facts(r.error()));
        r.warnings().forEach(w -> t.leaf("warning: " + DecisionText.oneLine(w)));
        if (r.status().equals("finished") && r.diagnoses().isEmpty()) t.leaf("diagnosis: none: no diagnosis rule matched, so no strategy was proposed");
        for (Diag d : r.diagnoses()) {
            List<String> lines = new ArrayList<>();
            if (!d.details().isEmpty()) lines.add(join(d.details()));
            d.inferred().forEach((key, from) -> lines.add(key + " inferred from " + from));
            d.waiting().forEach(w -> lines.add("not proposed: " + w));
            t.leaf((d == r.primary() ? "diagnosis: " : "also diagnosed: ") + d.cause() + "  by \"" + d.rule() + "\" (" + d.at() + ")", lines);
        }
        if (r.evidence().size() > 1 || r.evidence().size() == 1 && "dismissed".equals(r.evidence().get(0).path("status").asText())) {
            List<String> lines = new ArrayList<>();
            r.evidence().forEach(s -> lines.add(EvidenceWords.line(s)));
            t.branch("evidence (every error signal of the output)", lines);
        }
        if (!r.rules().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (RuleRun x : r.rules()) {
                String state = x.firedAtAll() ? "fired    " : x.cancelled().isEmpty() ? "matched  " : "cancelled";
                lines.add(state + " \"" + x.rule() + "\"  " + x.at() + (x.salience() == null ? "" : "  salience " + x.salience())
                        + (x.cancelled().isEmpty() ? "" : "  (match cancelled: " + String.join(", ", x.cancelled()) + ")"));
            }
            t.branch("rules matched", lines);
        }
        if (!r.proposals().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Ranked p : r.proposals()) {
                lines.add(p.rank() + ". " + p.strategy() + " " + p.params() + "  salience " + salience(p.salience(), p.base(), p.learned())
                        + "  rule \"" + p.rule() + "\" (" + p.at() + ")");
                lines.add("   learned: " + evidence(p.evidence(), p.learned()));
                lines.add("   why: " + p.why());
            }
            t.branch("proposals, ranked by effective salience = base + learned" + learning(r.learning()), lines);
        }
        for (RuleRun x : r.rules()) {
            if ("strategy".equals(x.kind()) && !x.firedAtAll() && !x.cancelled().isEmpty()) {
                t.leaf("not proposed: \"" + x.rule() + "\" (" + x.at() + ") matched but its match was cancelled: " + String.join(", ", x.cancelled()));
            }
        }
        notMatched(t, r.notMatched());
        for (Tried a : r.attempts()) {
            List<String> lines = new ArrayList<>();
            lines.add("rule \"" + a.rule() + "\" (" + a.at() + "), salience " + salience(a.salience(), a.base(), a.learned()));
            lines.add("learned: " + evidence(a.evidence(), a.learned()));
            lines.add("approval: " + a.approval());
            if (a.plan() != null) lines.add("actions: " + a.plan());
            lines.add("backups: " + (a.backups().isEmpty() ? "none (nothing on disk was changed)" : String.join(", ", a.backups())));
            lines.add("verification: " + a.verification());
            if (a.detail() != null) lines.add("detail: " + DecisionText.oneLine(a.detail()));
            t.leaf("attempt " + a.n() + ": " + a.strategy() + " " + a.params() + " -> " + a.outcome(), lines);
        }
        t.leaf("outcome: " + r.outcome());
        return b.append(t.render()).toString();
    }

    private static void notMatched(Tree t, List<NotMatched> all) {
        List<String> lines = new ArrayList<>();
        for (NotMatched n : all) {
            if (!n.sameCause()) continue;
            lines.add("\"" + n.rule() + "\" (" + n.at() + ")" + (n.description() == null ? "" : ": " + n.description()));
            if (n.when() != null) lines.add("   when " + DecisionText.oneLine(n.when().replace("\n", "; ")));
        }
        long others = all.stream().filter(n -> !n.sameCause()).count();
        if (others > 0) lines.add(others + " strategy rule(s) for other causes did not match either (all in --json)");
        if (!lines.isEmpty()) t.branch("strategy rules whose conditions did not match", lines);
    }

    static String salience(int s, Integer base, Integer learned) {
        if (base == null) return String.valueOf(s);
        if (learned == null) return s + " = " + base + " base " + signed(s - base) + " learned (no evidence recorded)";
        if (base + learned == s) return s + " = " + base + " base " + signed(learned) + " learned";
        return s + " (base " + base + "; this rule's salience does not add the learned " + String.format("%+d", learned) + ")";
    }

    private static String signed(int n) {
        return (n < 0 ? "- " : "+ ") + Math.abs(n);
    }

    static String evidence(Evidence e, Integer learned) {
        if (e != null) return e.describe();
        return learned == null ? "not recorded for this incident" : "adjustment " + String.format("%+d", learned);
    }

    private static String learning(Map<String, String> l) {
        if (l.isEmpty()) return "";
        return " (half-life " + duration(l.get("half_life")) + ", at most ±" + l.get("max_adjustment") + ", evidence as of " + l.get("now") + ")";
    }

    /** PT720H reads better as 30d. */
    private static String duration(String iso) {
        try {
            java.time.Duration d = java.time.Duration.parse(iso);
            if (d.toSeconds() % 86_400 == 0) return d.toDays() + "d";
            if (d.toSeconds() % 3_600 == 0) return d.toHours() + "h";
        } catch (RuntimeException e) {
            // shown as recorded
        }
        return iso;
    }

    private static String error(JsonNode e) {
        String type = e.path("type").isTextual() ? e.path("type").asText() + ": " : "";
        return DecisionText.oneLine(type + e.path("message").asText(""));
    }

    private static List<String> facts(JsonNode e) {
        StringBuilder b = new StringBuilder();
        e.fields().forEachRemaining(f -> {
            if (SHOWN.contains(f.getKey()) || f.getValue().isNull() || !f.getValue().isValueNode()) return;
            b.append(b.length() == 0 ? "" : ", ").append(f.getKey()).append(" = ").append(f.getValue().asText());
        });
        return b.length() == 0 ? List.of() : List.of(DecisionText.oneLine(b.toString()));
    }

    private static String join(Map<String, String> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ").append(DecisionText.oneLine(v)));
        return b.toString();
    }
}
