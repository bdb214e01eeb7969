package org.autoheal.explain.whynot;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule's {@code when} part read with the DRL parser: the top-level conditions in order, each
 * either a plain pattern (its constraints can be checked one by one) or a whole condition
 * ({@code not}, {@code exists}, {@code or}, {@code eval}, {@code from}, {@code accumulate}, …) that
 * is checked as written. Also the file's header (package, imports, globals, dialect) that probe
 * rules beside it need.
 */
record RuleConditions(String rule, String header, String dialect, List<Condition> conditions) {

    /**
     * One top-level condition. {@code type}/{@code id}/{@code constraints} are set for a plain
     * pattern ({@code id} null when it binds nothing); {@code whole} says why it is checked whole.
     * {@code negated} is the pattern inside a {@code not} (to find the facts that block it).
     */
    record Condition(String text, int line, String type, String id, List<String> constraints, List<Integer> lines, String whole,
                     String negated) {
        boolean partByPart() {
            return whole == null;
        }
    }

    /** The rule's conditions in {@code source}, or null when the file does not parse or has no such rule. */
    static RuleConditions of(String source, String ruleName) {
        PackageDescr pkg;
        try {
            pkg = new DrlParser().parse(false, new StringReader(source));
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
        if (pkg == null) return null;
        RuleDescr rule = pkg.getRules().stream().filter(r -> r.getName().equals(ruleName)).findFirst().orElse(null);
        if (rule == null) return null;
        List<Condition> out = new ArrayList<>();
        for (BaseDescr d : rule.getLhs().getDescrs()) out.add(condition(source, d));
        AttributeDescr dialect = pkg.getAttribute("dialect");
        return new RuleConditions(ruleName, header(pkg), dialect == null ? null : dialect.getValue(), List.copyOf(out));
    }

    private static Condition condition(String source, BaseDescr d) {
        String text = slice(source, d);
        if (d instanceof PatternDescr p) {
            String whole = p.getSource() != null ? "its source (from/accumulate/collect) is not evaluated part by part"
                    : p.getDescrs().stream().anyMatch(c -> !(c instanceof ExprConstraintDescr e) || e.getType() == ExprConstraintDescr.Type.POSITIONAL)
                    ? "positional constraints are not evaluated part by part" : null;
            List<String> constraints = p.getDescrs().stream()
                    .map(c -> c instanceof ExprConstraintDescr e ? e.getExpression().strip() : String.valueOf(c)).toList();
            List<Integer> lines = p.getDescrs().stream().map(c -> c.getLine() > 0 ? c.getLine() : d.getLine()).toList();
            return new Condition(text, d.getLine(), p.getObjectType(), p.getIdentifier(), constraints, lines, whole, null);
        }
        String negated = d instanceof NotDescr n && n.getDescrs().size() == 1 && n.getDescrs().get(0) instanceof PatternDescr inner
                && inner.getSource() == null ? slice(source, inner) : null;
        return new Condition(text, d.getLine(), null, null, List.of(), List.of(), kind(d) + " is not evaluated part by part", negated);
    }

    private static String kind(BaseDescr d) {
        String n = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "not", "exists", "or", "eval", "forall", "accumulate" -> "'" + n + "'";
            case "and" -> "a nested 'and'";
            default -> "this condition (" + n + ")";
        };
    }

    /** The condition as written in the file. */
    private static String slice(String source, BaseDescr d) {
        int from = d.getStartCharacter();
        int to = d.getEndCharacter();
        if (from < 0 || to > source.length() || to <= from) return String.valueOf(d);
        return source.substring(from, to).strip();
    }

    /** What a probe file in the same package needs: package, imports, function imports and globals. */
    private static String header(PackageDescr pkg) {
        StringBuilder b = new StringBuilder();
        if (pkg.getName() != null && !pkg.getName().isEmpty()) b.append("package ").append(pkg.getName()).append(";\n");
        pkg.getImports().forEach(i -> b.append("import ").append(i.getTarget()).append(";\n"));
        pkg.getFunctionImports().forEach(i -> b.append("import function ").append(i.getTarget()).append(";\n"));
        pkg.getGlobals().forEach(g -> b.append("global ").append(g.getType()).append(' ').append(g.getIdentifier()).append(";\n"));
        return b.toString();
    }
}
