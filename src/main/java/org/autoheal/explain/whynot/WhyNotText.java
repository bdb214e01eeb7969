package org.autoheal.explain.whynot;

import java.util.List;
import java.util.stream.Collectors;
import org.autoheal.explain.whynot.WhyNotAnswer.Check;
import org.autoheal.explain.whynot.WhyNotAnswer.FactShown;

/** "Why not" answers as text: the summary line, then each condition with held / FAILED / not reached. */
public final class WhyNotText {
    private static final int MAX_CONDITION = 200;

    private WhyNotText() {
    }

    public static String of(List<WhyNotAnswer> answers, String basis) {
        StringBuilder b = new StringBuilder();
        if (basis != null) b.append(basis).append('\n');
        for (WhyNotAnswer a : answers) b.append(of(a));
        return b.toString();
    }

    public static String of(WhyNotAnswer a) {
        StringBuilder b = new StringBuilder();
        b.append("rule \"").append(a.rule()).append("\"").append(a.at() == null ? "" : " (" + a.at() + ")")
                .append(a.kind() == null ? "" : ", " + a.kind()).append('\n');
        b.append("  ").append(a.summary()).append('\n');
        for (Check c : a.conditions()) {
            String mark = switch (c.status()) {
                case "held" -> "held       ";
                case "failed" -> "FAILED     ";
                default -> "not reached";
            };
            b.append("    ").append(mark).append(' ').append(oneLine(c.text(), MAX_CONDITION)).append("   (line ").append(c.line()).append(')');
            if (!c.partByPart() && c.note() != null && !c.status().equals("failed")) b.append("   [").append(c.note()).append(']');
            b.append('\n');
            if (c.status().equals("failed")) b.append("                ").append(because(c)).append('\n');
        }
        a.warnings().forEach(w -> b.append("  warning: ").append(w).append('\n'));
        return b.toString();
    }

    /** What the failed step was evaluated on, e.g. {@code jsonFile = null}. */
    static String because(Check c) {
        if (c.facts().isEmpty()) return c.note() != null ? c.note() : "no fact matched";
        String values = c.facts().stream().map(WhyNotText::values).collect(Collectors.joining("; "));
        String head = c.note() != null ? c.note() + ": " : "";
        if (c.candidates() <= 1) return head + values;
        return head + "on " + c.candidates() + " " + c.facts().get(0).type() + " facts: " + values
                + (c.candidates() > c.facts().size() ? "; …" : "");
    }

    private static String values(FactShown f) {
        if (f.values().isEmpty()) return "a " + f.type() + " (the constraint reads no property of it)";
        return f.values().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String oneLine(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
