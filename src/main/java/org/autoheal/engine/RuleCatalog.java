package org.autoheal.engine;

import java.io.StringReader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Index of the rules by name: file, line and declared base salience. Drools keeps no line
 * numbers at runtime, so the files are parsed once more when the rule base is built.
 */
public final class RuleCatalog {
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();
    private final Map<String, Integer> order = new java.util.HashMap<>();
    private final java.util.List<RuleProblem> clashes = new java.util.ArrayList<>();

    static RuleCatalog of(Map<String, String> sources) {
        RuleCatalog catalog = new RuleCatalog();
        sources.forEach((file, text) -> catalog.index(file, text));
        return catalog;
    }

    private void index(String file, String text) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, new StringReader(text));
        } catch (DroolsParserException e) {
            return; // the compiler reports it with its location
        }
        if (pkg == null) return;
        for (RuleDescr r : pkg.getRules()) {
            RuleInfo info = new RuleInfo(r.getName(), file, r.getLine(), baseSalience(r), kind(r), description(r));
            RuleInfo before = put(info);
            // Drools allows one name in two packages; AutoHeal cannot (learning, why and the journal go by name)
            if (before != null) {
                clashes.add(new RuleProblem(file, r.getLine(), 0, "rule name \"" + r.getName() + "\" is also used at "
                        + before.location() + "; AutoHeal tells rules apart by name (learned salience, why, the journal): rename one"));
            }
        }
    }

    /** Rules that share a name with an earlier one (in another package: Drools itself rejects it within one). */
    java.util.List<RuleProblem> clashes() {
        return java.util.List.copyOf(clashes);
    }

    /** The leading integer of the salience expression: {@code 60 + learned.adjustment(...)} has base 60. */
    static int baseSalience(RuleDescr r) {
        AttributeDescr a = r.getAttributes().get("salience");
        if (a == null) return 0;
        // the base is the leading number: "50" or "( 60 + learned.adjustment(...) )"
        String v = a.getValue().strip();
        if (v.startsWith("(")) v = v.substring(1).strip();
        int end = v.startsWith("-") ? 1 : 0;
        while (end < v.length() && end < 10 && Character.isDigit(v.charAt(end))) end++;
        return end == 0 || v.substring(0, end).equals("-") ? 0 : Integer.parseInt(v.substring(0, end));
    }

    private static String kind(RuleDescr r) {
        AnnotationDescr k = r.getAnnotation("kind");
        if (k != null && k.getSingleValueAsString() != null) return strip(k.getSingleValueAsString());
        String rhs = String.valueOf(r.getConsequence());
        if (rhs.contains("Proposal")) return "strategy";
        if (rhs.contains("Diagnosis")) return "diagnosis";
        return "other";
    }

    private static String description(RuleDescr r) {
        AnnotationDescr d = r.getAnnotation("description");
        return d == null || d.getSingleValueAsString() == null ? null : strip(d.getSingleValueAsString());
    }

    private static String strip(String v) {
        String s = v.trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Writes the index for the rules cache; {@link #read} gives it back without parsing the files. */
    /** As plain data (no objects): the rules cache reads it in a cold start before the rules (session 13). */
    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(rules.size());
        for (RuleInfo r : rules.values()) {
            EntryData.writeText(out, r.name());
            EntryData.writeText(out, r.file());
            out.writeInt(r.line());
            out.writeInt(r.baseSalience());
            EntryData.writeNullable(out, r.kind());
            EntryData.writeNullable(out, r.description());
        }
    }

    static RuleCatalog read(java.io.DataInput in) throws java.io.IOException {
        RuleCatalog catalog = new RuleCatalog();
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) throw new java.io.IOException("bad rule count " + n);
        for (int i = 0; i < n; i++) {
            catalog.put(new RuleInfo(EntryData.readText(in), EntryData.readText(in), in.readInt(), in.readInt(),
                    EntryData.readNullable(in), EntryData.readNullable(in)));
        }
        return catalog;
    }

    private RuleInfo put(RuleInfo info) {
        RuleInfo before = rules.putIfAbsent(info.name(), info);
        if (before == null) order.put(info.name(), order.size());
        return before;
    }

    /** The rule's place in the files as the rule base reads them (file order, then line): ties between proposals go by it. */
    int order(String name) {
        Integer i = name == null ? null : order.get(name);
        return i == null ? Integer.MAX_VALUE : i;
    }

    public RuleInfo get(String name) {
        return rules.get(name);
    }

    public Collection<RuleInfo> all() {
        return rules.values();
    }

    public int size() {
        return rules.size();
    }
}
