package org.autoheal.explain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.facts.CustomPattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Warnings that compile fine but can never work, read from the rule texts: a strategy rule
 * matching a cause no diagnosis rule produces (nor a custom pattern is named), and a command
 * strategy's {@code {param}} that no rule proposing it passes. Literal names only: a cause or a
 * parameter computed at run time is not guessed at.
 */
public final class RuleCrossCheck {
    private static final Pattern PRODUCED = Pattern.compile("Diagnosis\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern CAUSE_EQ = Pattern.compile("\\bcause\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern CAUSE_IN = Pattern.compile("\\bcause\\s+in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern WITH = Pattern.compile("\\.\\s*with\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][\\w]*)}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private RuleCrossCheck() {
    }

    /** One rule as read: its consequence text, the causes its Diagnosis patterns require, whether it is in MAIN and reads Proposals. */
    private record Read(RuleInfo info, String then, Set<String> causes, boolean readsProposalsInMain) {
    }

    /**
     * @param commands command strategy name → its argv and touches from config (where {@code {param}}s are)
     * @return warnings as {@code file:line:col: warning: message}
     */
    public static List<String> warnings(RuleCatalog catalog, Map<String, String> sources, List<CustomPattern> patterns,
                                        Map<String, List<String>> commands) {
        List<Read> rules = read(catalog, sources);
        Set<String> produced = new TreeSet<>();
        rules.forEach(r -> PRODUCED.matcher(r.then()).results().forEach(m -> produced.add(m.group(1))));
        patterns.forEach(p -> produced.add(p.getName()));
        List<String> out = new ArrayList<>();
        for (Read r : rules) {
            if (!"strategy".equals(r.info().kind())) continue;
            for (String cause : r.causes()) {
                if (produced.contains(cause)) continue;
                out.add(r.info().location() + ":1: warning: rule \"" + r.info().name() + "\" matches cause \"" + cause
                        + "\", which no diagnosis rule produces and no custom pattern is named: it can never fire (causes produced: "
                        + String.join(", ", produced) + ")");
            }
        }
        for (Read r : rules) {
            if (!r.readsProposalsInMain()) continue;
            out.add(r.info().location() + ":1: warning: rule \"" + r.info().name() + "\" reads Proposal facts but names no"
                    + " agenda-group: it fires with the diagnosis rules, before any strategy rule (group \"propose\") has proposed;"
                    + " give it agenda-group \"need\" (it reads what was proposed) or \"weigh\" (it withdraws proposals)");
        }
        commands.forEach((strategy, argv) -> out.addAll(unpassed(strategy, argv, rules, patterns)));
        return out;
    }

    /** The {@code {param}}s of one command strategy that no proposing rule (or custom pattern naming it) passes. */
    private static List<String> unpassed(String strategy, List<String> argv, List<Read> rules, List<CustomPattern> patterns) {
        Set<String> wanted = new LinkedHashSet<>();
        argv.forEach(a -> PLACEHOLDER.matcher(a).results().forEach(m -> wanted.add(m.group(1))));
        Pattern proposes = Pattern.compile("(?:Proposal\\s*\\.\\s*of|new\\s+Proposal)\\s*\\(\\s*\"" + Pattern.quote(strategy) + "\"");
        Set<String> passed = new TreeSet<>();
        List<RuleInfo> proposers = new ArrayList<>();
        for (Read r : rules) {
            if (!proposes.matcher(r.then()).find()) continue;
            if (r.then().contains("withAll(") || r.then().contains("withDetails(")) return List.of(); // computed: not guessed
            proposers.add(r.info());
            WITH.matcher(r.then()).results().forEach(m -> passed.add(m.group(1)));
        }
        for (CustomPattern p : patterns) {
            if (!strategy.equals(p.getSolution())) continue;
            passed.addAll(List.of("pattern", "description"));
            NAMED_GROUP.matcher(p.getRegex().pattern()).results().forEach(m -> passed.add(m.group(1)));
            proposers.add(null);
        }
        if (proposers.isEmpty()) return List.of(); // nothing proposes it: nothing is passed wrong
        List<String> out = new ArrayList<>();
        RuleInfo at = proposers.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (String param : wanted) {
            if (passed.contains(param)) continue;
            out.add((at == null ? "config/autoheal_patterns.json:0:0" : at.location() + ":1") + ": warning: command strategy '"
                    + strategy + "' (config/autoheal.json) uses {" + param + "}, which no rule proposing it passes"
                    + " (they pass: " + (passed.isEmpty() ? "nothing" : String.join(", ", passed)) + "): its proposals are refused");
        }
        return out;
    }

    private static List<Read> read(RuleCatalog catalog, Map<String, String> sources) {
        List<Read> out = new ArrayList<>();
        Map<String, RuleDescr> descrs = new LinkedHashMap<>();
        sources.forEach((file, text) -> {
            try {
                var pkg = new DrlParser().parse(false, new StringReader(text));
                if (pkg != null) pkg.getRules().forEach(r -> descrs.putIfAbsent(r.getName(), r));
            } catch (DroolsParserException | RuntimeException e) {
                // the compiler reports it
            }
        });
        for (RuleInfo info : catalog.all()) {
            RuleDescr d = descrs.get(info.name());
            if (d == null) continue;
            boolean main = !d.getAttributes().containsKey("agenda-group") && !List.of("strategy", "need").contains(info.kind());
            out.add(new Read(info, String.valueOf(d.getConsequence()), causes(d), main && readsProposals(d.getLhs())));
        }
        return out;
    }

    /** True when a pattern of the conditions, at any depth ({@code not}, {@code exists}, {@code or}), is of type Proposal. */
    private static boolean readsProposals(BaseDescr c) {
        if (c instanceof PatternDescr p) {
            return p.getObjectType() != null && (p.getObjectType().equals("Proposal") || p.getObjectType().endsWith(".Proposal"));
        }
        if (c instanceof ConditionalElementDescr ce) {
            for (BaseDescr d : ce.getDescrs()) if (readsProposals(d)) return true;
        }
        return false;
    }

    /** Literal causes the rule's top-level Diagnosis patterns require ({@code cause == "x"}, {@code cause in ("x", "y")}). */
    private static Set<String> causes(RuleDescr d) {
        Set<String> out = new LinkedHashSet<>();
        for (BaseDescr c : d.getLhs().getDescrs()) {
            if (!(c instanceof PatternDescr p) || !p.getObjectType().endsWith("Diagnosis")) continue;
            for (BaseDescr k : p.getDescrs()) {
                if (!(k instanceof ExprConstraintDescr e)) continue;
                CAUSE_EQ.matcher(e.getExpression()).results().forEach(m -> out.add(m.group(1)));
                Matcher in = CAUSE_IN.matcher(e.getExpression());
                while (in.find()) LITERAL.matcher(in.group(1)).results().forEach(m -> out.add(m.group(1)));
            }
        }
        return out;
    }
}
