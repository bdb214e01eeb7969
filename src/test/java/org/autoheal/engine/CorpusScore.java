package org.autoheal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.autoheal.facts.Diagnosis;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;

/**
 * Scores the default rules on a corpus folder exactly as {@link CorpusDiagnosisTest} decides a case: right cause
 * (a negative is right when it gets no diagnosis and no proposal), and right key details.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.engine.CorpusScore [seed|captured] [--show-holdout]
 * </pre>
 *
 * Misses are listed for the train split only (and for a corpus without a split): the holdout gives numbers, never
 * names or texts, unless {@code --show-holdout} is passed, so rules can be written on train and judged on holdout.
 * The fresh set (scenarios written after the rules had been tuned on train/holdout, split {@code fresh_train} and
 * {@code fresh_holdout}) gets its own line for both halves together; its holdout half is hidden like the holdout. So
 * does the second fresh set ({@code fresh2_train} / {@code fresh2_holdout}, scenarios/fresh2.py), plus a line for both sets.
 */
public final class CorpusScore {
    /** Details that are the strategy's business (found by asking the interpreter or the file), not the diagnosis'. */
    static final Set<String> NOT_DIAGNOSED = Set.of("found_in", "distribution", "distribution_of_also", "errno",
            "exit_code");
    static final Set<String> COMPARED_BY_SUFFIX = Set.of("path", "json_file", "file", "missing_dir", "package_dir");

    /** The decision for one case. {@code detailsRight} is null when the case has no key detail to compare. */
    public record Result(Corpus.Case c, String got, String rule, boolean causeRight, Boolean detailsRight,
                         List<String> wrongDetails, List<String> comparedKeys) {
        boolean negative() {
            return c.cause().equals("negative");
        }
    }

    /** Counts for one group of results. */
    public record Tally(int cases, int causeRight, int withDetails, int detailsRight, int negatives,
                        int negativesDiagnosed) {
        static Tally of(List<Result> rs) {
            int right = 0, withD = 0, dRight = 0, neg = 0, negD = 0;
            for (Result r : rs) {
                if (r.causeRight()) right++;
                if (r.detailsRight() != null) {
                    withD++;
                    if (r.detailsRight()) dRight++;
                }
                if (r.negative()) {
                    neg++;
                    if (!r.causeRight()) negD++;
                }
            }
            return new Tally(rs.size(), right, withD, dRight, neg, negD);
        }

        public double causePercent() {
            return cases == 0 ? 100.0 : 100.0 * causeRight / cases;
        }

        public double detailsPercent() {
            return withDetails == 0 ? 100.0 : 100.0 * detailsRight / withDetails;
        }
    }

    private final RuleBase rules;

    public CorpusScore(RuleBase rules) {
        this.rules = rules;
    }

    public static CorpusScore withDefaultRules() throws RuleCompileException {
        return new CorpusScore(RuleCompiler.compile(RuleSources.bundled(), List.of()));
    }

    public List<Result> score(List<Corpus.Case> cases) {
        List<Result> out = new ArrayList<>();
        for (Corpus.Case c : cases) out.add(decide(c));
        return out;
    }

    public Result decide(Corpus.Case c) {
        Decision d = rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY);
        Diagnosis diag = d.primary();
        String got = diag == null ? (d.proposals().isEmpty() ? "none" : "proposal-only") : diag.getCause();
        String rule = diag == null ? "" : String.valueOf(diag.getRule());
        if (c.cause().equals("negative")) {
            boolean clean = d.diagnoses().isEmpty() && d.proposals().isEmpty();
            return new Result(c, got, rule, clean, null, List.of(), List.of());
        }
        boolean causeRight = diag != null && diag.getCause().equals(c.cause());
        List<String> wrong = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = c.detail().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (NOT_DIAGNOSED.contains(key) || c.cause().equals("json_format") && key.equals("kind")) continue;
            compared++;
            keys.add(key);
            String expected = e.getValue().isArray() ? join(e.getValue()) : e.getValue().asText();
            String actual = diag == null ? null : diag.get(key);
            boolean ok = actual != null
                    && (COMPARED_BY_SUFFIX.contains(key) ? actual.endsWith(expected) : actual.equals(expected));
            if (!ok) wrong.add(key + "=" + expected + " got " + actual);
        }
        Boolean detailsRight = compared == 0 ? null : causeRight && wrong.isEmpty();
        return new Result(c, got, rule, causeRight, detailsRight, wrong, keys);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join(",", parts);
    }

    static Map<String, List<Result>> groupBy(List<Result> rs, Function<Result, String> key) {
        Map<String, List<Result>> out = new TreeMap<>();
        for (Result r : rs) out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return out;
    }

    public static Map<String, Tally> tallyBySplit(List<Result> rs) {
        Map<String, Tally> out = new TreeMap<>();
        groupBy(rs, r -> r.c().split()).forEach((k, v) -> out.put(k, Tally.of(v)));
        return out;
    }

    private static String row(String name, Tally t) {
        return String.format("  %-16s %5d   %5.1f%% (%d/%d)   %5.1f%% (%d/%d)   %d/%d", name, t.cases(),
                t.causePercent(), t.causeRight(), t.cases(), t.detailsPercent(), t.detailsRight(), t.withDetails(),
                t.negativesDiagnosed(), t.negatives());
    }

    private static void table(StringBuilder sb, String title, Map<String, List<Result>> groups) {
        sb.append(title).append('\n');
        sb.append(String.format("  %-16s %5s   %-18s   %-18s   %s%n", "", "cases", "right cause", "key details",
                "negatives diagnosed"));
        groups.forEach((k, v) -> sb.append(row(k, Tally.of(v))).append('\n'));
    }

    /** The report printed by {@link #main}: per split, per cause and per ecosystem; misses of train only. */
    public static String report(String corpus, List<Result> rs, boolean showHoldout) {
        StringBuilder sb = new StringBuilder();
        sb.append("corpus ").append(corpus).append(": ").append(rs.size()).append(" cases\n");
        Map<String, List<Result>> bySplit = groupBy(rs, r -> r.c().split());
        Map<String, List<Result>> splitRows = new TreeMap<>(bySplit);
        // one line per fresh set (both halves together), and one for all fresh sets
        Map<String, List<Result>> sets = groupBy(rs.stream().filter(r -> isFresh(r.c().split())).toList(),
                r -> freshSet(r.c().split()));
        sets.forEach((set, v) -> splitRows.put(set + " (all)", v));
        if (sets.size() > 1) {
            splitRows.put("all fresh sets", rs.stream().filter(r -> isFresh(r.c().split())).toList());
        }
        table(sb, "per split", splitRows);
        for (Map.Entry<String, List<Result>> s : bySplit.entrySet()) {
            table(sb, "\n" + s.getKey() + ": per cause", groupBy(s.getValue(), r -> r.c().cause()));
            table(sb, s.getKey() + ": per ecosystem", groupBy(s.getValue(),
                    r -> r.c().ecosystem().isEmpty() ? r.c().tool() : r.c().ecosystem()));
            detailKeys(sb, s.getKey(), s.getValue());
        }
        for (Map.Entry<String, List<Result>> s : bySplit.entrySet()) {
            if (isHeldOut(s.getKey()) && !showHoldout) {
                sb.append("\n").append(s.getKey()).append(" misses: not shown (numbers only; --show-holdout lists them)\n");
                continue;
            }
            sb.append("\n").append(s.getKey()).append(" misses (file, expected, got [rule], wrong details):\n");
            for (Result r : s.getValue()) {
                if (r.causeRight() && !Boolean.FALSE.equals(r.detailsRight())) continue;
                sb.append(String.format("  %-48s %-15s %-15s %s%s%n", r.c().file(), r.c().cause(), r.got(),
                        r.rule().isEmpty() ? "" : "[" + r.rule() + "] ",
                        r.causeRight() ? String.join("; ", r.wrongDetails()) : ""));
            }
        }
        return sb.toString();
    }

    /**
     * Which key details are missed when the cause is right, counted per key (numbers only, so held-out splits
     * show them too): where detail extraction, rather than diagnosis, loses cases.
     */
    private static void detailKeys(StringBuilder sb, String split, List<Result> rs) {
        Map<String, int[]> perKey = new TreeMap<>();   // key -> {compared, right}
        for (Result r : rs) {
            if (!r.causeRight()) continue;
            for (String key : r.comparedKeys()) {
                int[] n = perKey.computeIfAbsent(key, k -> new int[2]);
                n[0]++;
                if (r.wrongDetails().stream().noneMatch(w -> w.startsWith(key + "="))) n[1]++;
            }
        }
        if (perKey.isEmpty()) return;
        sb.append(split).append(": key details right, cases with the right cause\n");
        perKey.forEach((k, n) -> sb.append(String.format("  %-16s %d/%d%n", k, n[1], n[0])));
    }

    private static final java.util.regex.Pattern FRESH = java.util.regex.Pattern.compile("(fresh\\d*|kinds\\d+[a-z]*)_(train|holdout)");   // kinds14a_*: a round of kinds by a rule writer

    /** The halves of the fresh sets: fresh_* (scenarios/fresh.py), fresh2_* (fresh2.py), freshN_* (freshN.py). */
    static boolean isFresh(String split) {
        return FRESH.matcher(split).matches();
    }

    /** The fresh set a split belongs to ("fresh2" for "fresh2_holdout"). */
    static String freshSet(String split) {
        return split.substring(0, split.indexOf('_'));
    }

    /** Splits whose misses stay unnamed: rules are judged on them, never written from them. */
    public static boolean isHeldOut(String split) {
        return split.equals("holdout") || (isFresh(split) && split.endsWith("_holdout"));
    }

    public static void main(String[] args) throws Exception {
        String corpus = "captured";
        boolean showHoldout = false;
        for (String a : args) {
            if (a.equals("--show-holdout")) showHoldout = true;
            else if (a.matches("[a-z_]+")) corpus = a;
            else {
                System.err.println("usage: CorpusScore [seed|captured] [--show-holdout]");
                System.exit(2);
            }
        }
        List<Result> rs = withDefaultRules().score(Corpus.cases(corpus));
        System.out.print(report(corpus, rs, showHoldout));
    }
}
