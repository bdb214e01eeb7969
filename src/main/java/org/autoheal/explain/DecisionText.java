package org.autoheal.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.autoheal.engine.Decision;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.Signal;
import org.autoheal.engine.TraceEvent;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;

/** A decision as a person reads it: the error, the diagnosis, the ranked proposals, the rules that fired. */
public final class DecisionText {
    private DecisionText() {
    }

    /** With {@code trace}, ends with the rules that fired, in firing order, one line each with file:line. */
    public static String of(Decision d, RuleCatalog catalog, boolean trace) {
        StringBuilder b = new StringBuilder();
        ToolchainError e = d.error();
        b.append("error:     ").append(e.getType() == null ? "(unknown)" : e.getType());
        if (e.getMessage() != null) b.append(": ").append(oneLine(e.getMessage()));
        b.append("  [").append(e.getLanguage());
        if (e.getExitCode() != null) b.append(", exit ").append(e.getExitCode());
        if (e.getFile() != null) b.append(", ").append(e.getFile()).append(e.getLine() == null ? "" : ":" + e.getLine());
        b.append("]\n");
        if (d.diagnoses().isEmpty()) {
            b.append("diagnosis: none: no diagnosis rule matched; nothing would be changed\n");
        }
        for (Diagnosis x : d.diagnoses()) {
            b.append(x == d.primary() ? "diagnosis: " : "also:      ").append(x.getCause())
                    .append("  (rule \"").append(x.getRule()).append("\"").append(at(catalog, x.getRule())).append(")\n");
            for (Map.Entry<String, String> kv : x.getDetails().entrySet()) {
                b.append("    ").append(kv.getKey()).append(" = ").append(oneLine(kv.getValue()));
                String from = x.getInferred().get(kv.getKey());
                if (from != null) b.append("  (inferred from ").append(oneLine(from)).append(')');
                b.append('\n');
            }
            x.getInferred().forEach((key, from) -> {
                if (!x.getDetails().containsKey(key)) b.append("    ").append(key).append(": inferred from ").append(oneLine(from)).append('\n');
            });
        }
        if (d.diagnosed()) b.append(d.proposals().isEmpty() ? "proposals: none: no strategy rule matched\n" : "proposals:\n");
        int i = 1;
        for (Proposal p : d.proposals()) {
            RuleInfo r = catalog.get(p.getRule());
            int base = r == null ? p.getSalience() : r.baseSalience();
            b.append("  ").append(i++).append(". ").append(p.getStrategy()).append(' ').append(p.getParams())
                    .append("\n     salience ").append(p.getSalience()).append(" = ").append(base).append(" base ")
                    .append(p.getSalience() - base >= 0 ? "+ " : "- ").append(Math.abs(p.getSalience() - base))
                    .append(" learned  (rule \"").append(p.getRule()).append("\"").append(at(catalog, p.getRule())).append(")\n");
        }
        for (Diagnosis x : d.diagnoses()) {
            x.getMissing().forEach(m -> b.append("waiting:   ").append(oneLine(m.describe())).append('\n'));
        }
        evidence(d, b);
        if (trace) firedRules(d, b);
        d.warnings().forEach(w -> b.append("warning:   ").append(w).append('\n'));
        return b.toString();
    }

    /** The signals of the output and how each was judged; shown when there is more than one, or one was dismissed. */
    private static void evidence(Decision d, StringBuilder b) {
        if (d.evidence().size() < 2 && d.evidence().stream().noneMatch(s -> s.status().equals(Signal.DISMISSED))) return;
        b.append("evidence:\n");
        for (Signal s : d.evidence()) b.append("  ").append(EvidenceWords.line(s)).append('\n');
    }

    /** Each rule once, with how often it fired when more than once; the full trace is in {@code --json}. */
    private static void firedRules(Decision d, StringBuilder b) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (TraceEvent t : d.trace()) {
            if (!t.event().equals(TraceEvent.FIRED)) continue;
            count.merge(t.rule(), 1, Integer::sum);
            where.putIfAbsent(t.rule(), t.location());
        }
        b.append(count.isEmpty() ? "rules fired: none\n" : "rules fired:\n");
        count.forEach((rule, n) -> b.append("  ").append(rule).append("  (").append(where.get(rule)).append(')')
                .append(n > 1 ? " x" + n : "").append('\n'));
    }

    static String at(RuleCatalog catalog, String rule) {
        RuleInfo r = catalog.get(rule);
        return r == null ? "" : ", " + r.location();
    }

    static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }
}
