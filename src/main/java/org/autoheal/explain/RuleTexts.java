package org.autoheal.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;

/**
 * What {@code why} reads from the DRL source of a rule, found through the catalog's file:line:
 * its {@code when} conditions as written, and the strategies its consequence proposes
 * ({@code Proposal.of("name", …)}). Drools keeps neither at runtime in a readable form.
 */
public final class RuleTexts {
    private static final int MAX_RULE_LINES = 200;
    private final RuleCatalog catalog;
    private final Map<String, String> sources;

    public RuleTexts(RuleCatalog catalog, Map<String, String> sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    /** What a strategy rule proposes: literal strategy names, and whether it also computes one (custom patterns). */
    public record Proposes(Set<String> names, boolean computed) {
    }

    public RuleInfo info(String rule) {
        return catalog.get(rule);
    }

    public List<RuleInfo> strategyRules() {
        return catalog.all().stream().filter(r -> "strategy".equals(r.kind())).toList();
    }

    /** The conditions between {@code when} and {@code then}, one per line, trimmed; null when the source is not at hand. */
    public String when(String rule) {
        List<String> lines = lines(rule);
        if (lines == null) return null;
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            String t = l.strip();
            if (!in && keyword(t, "when")) {
                in = true;
                t = t.substring(4).strip();
            } else if (in && keyword(t, "then")) {
                return String.join("\n", out);
            }
            if (in && !t.isEmpty() && !t.startsWith("//")) out.add(t);
        }
        return null;
    }

    public Proposes proposes(String rule) {
        List<String> lines = lines(rule);
        if (lines == null) return new Proposes(Set.of(), false);
        String rhs = String.join("\n", lines.subList(thenIndex(lines), lines.size()));
        Set<String> names = new LinkedHashSet<>();
        boolean computed = false;
        for (int at = rhs.indexOf("Proposal"); at >= 0; at = rhs.indexOf("Proposal", at + 8)) {
            int open = callOpen(rhs, at);
            if (open < 0) continue;
            int arg = skipSpaces(rhs, open + 1);
            int close = arg < rhs.length() && rhs.charAt(arg) == '"' ? rhs.indexOf('"', arg + 1) : -1;
            if (close > arg + 1) names.add(rhs.substring(arg + 1, close));
            else computed = true; // a name computed at run time (custom patterns)
        }
        return new Proposes(Set.copyOf(names), computed);
    }

    /** The '(' of {@code Proposal.of(} or {@code new Proposal(} at {@code at}, or -1 for any other use of the word. */
    private static int callOpen(String text, int at) {
        int after = at + "Proposal".length();
        if (text.startsWith(".of", after)) return charAfterSpaces(text, after + 3, '(');
        int before = at;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        boolean isNew = before < at && before >= 3 && text.startsWith("new", before - 3)
                && (before == 3 || !Character.isJavaIdentifierPart(text.charAt(before - 4)));
        return isNew ? charAfterSpaces(text, after, '(') : -1;
    }

    private static int charAfterSpaces(String text, int from, char wanted) {
        int i = skipSpaces(text, from);
        return i < text.length() && text.charAt(i) == wanted ? i : -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int thenIndex(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (keyword(lines.get(i).strip(), "then")) return i;
        return lines.size();
    }

    // "when" alone on its line, or followed by the first condition
    private static boolean keyword(String line, String word) {
        return line.equals(word) || line.startsWith(word + " ") || line.startsWith(word + "\t");
    }

    /** The rule's lines from its {@code rule "…"} line to its {@code end}, bounded. */
    private List<String> lines(String rule) {
        RuleInfo r = catalog.get(rule);
        String text = r == null ? null : sources.get(r.file());
        if (text == null || r.line() < 1) return null;
        String[] all = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = r.line() - 1; i < all.length && out.size() < MAX_RULE_LINES; i++) {
            out.add(all[i]);
            if (all[i].strip().equals("end")) break;
        }
        return out;
    }
}
