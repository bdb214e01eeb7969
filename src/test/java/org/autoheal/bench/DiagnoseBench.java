package org.autoheal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleSources;
import org.autoheal.facts.CustomPattern;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Diagnosis cost per error, side by side in one JVM: this engine (default rules + N custom
 * patterns as facts behind the literal prefilter), without and with the trace, against a plain
 * Java loop over the same N precompiled regexes on the same messages (the hard-coded dispatch
 * AutoHeal replaces). The loop does the same work as the engine's custom-pattern rules: it tries
 * every pattern (several may match), and a hit becomes a Diagnosis with the named groups as
 * details plus a Proposal of the pattern's solution. Times are this thread's CPU time (the machine
 * is shared), after two warm-up rounds; rounds are interleaved and the median counts.
 * Not a unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.DiagnoseBench}
 * Rule-base build in a fresh JVM: {@code ... org.autoheal.bench.DiagnoseBench build 1000 [CACHE_DIR]}
 * (with a cache folder: compiled on the first run, read from the cache on later runs).
 */
public final class DiagnoseBench {
    private static final List<String> ERRORS = List.of(
            "Traceback (most recent call last):\n  File \"tools/a.py\", line 1, in <module>\n    import yaml\nModuleNotFoundError: No module named 'yaml'\n",
            "bash: line 1: ./tools/run.sh: Permission denied\n",
            "Traceback (most recent call last):\n  File \"tools/x.py\", line 3, in <module>\nZeroDivisionError: division by zero\n",
            "worker 7: CustomError57: cache /var/tmp/c57 failed\n");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int WARMUP = 2;
    private static final int ROUNDS = 7;
    private static final long ROUND_NANOS = 400_000_000L;

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("build")) {
            long t0 = System.nanoTime();
            List<CustomPattern> patterns = patterns(Integer.parseInt(args[1]));
            RuleBase rules = args.length == 3 ? RuleCompiler.compile(RuleSources.bundled(), patterns, java.nio.file.Path.of(args[2]))
                    : RuleCompiler.compile(RuleSources.bundled(), patterns);
            long t1 = System.nanoTime();
            rules.decide(ErrorParsers.parse(new ErrorInput("t", null, 1, ERRORS.get(0))), DecisionContext.EMPTY);
            System.out.printf("build %s patterns: %.0f ms (fresh JVM, %s), then the first decision: %.0f ms%n", args[1],
                    (t1 - t0) / 1e6, rules.fromCache() ? "from the cache" : "compiled", (System.nanoTime() - t1) / 1e6);
            return;
        }
        List<ToolchainError> facts = ERRORS.stream().map(t -> ErrorParsers.parse(new ErrorInput("t", null, 1, t))).toList();
        RuleBase warm = RuleCompiler.compile(RuleSources.bundled(), patterns(100));
        for (int i = 0; i < 4; i++) { // the JIT first: else the first size measured pays for it
            time(f -> warm.decide(f, DecisionContext.EMPTY, false), facts);
            time(f -> warm.decide(f, DecisionContext.EMPTY, true), facts);
        }
        System.out.printf("%8s %12s %12s %12s %10s %10s %9s%n", "patterns", "fast us/err", "traced us", "loop us/err",
                "loop/fast", "spread %", "build ms");
        for (int n : new int[] {8, 100, 1000}) {
            List<CustomPattern> patterns = patterns(n);
            long b0 = System.nanoTime();
            RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), patterns);
            double buildMs = (System.nanoTime() - b0) / 1e6;
            List<Pattern> regexes = patterns.stream().map(CustomPattern::getRegex).toList();
            List<List<String>> groupNames = regexes.stream().map(r -> GROUP_NAME.matcher(r.pattern()).results()
                    .map(m -> m.group(1)).toList()).toList();
            double[] fast = new double[ROUNDS];
            double[] traced = new double[ROUNDS];
            double[] loop = new double[ROUNDS];
            for (int round = -WARMUP; round < ROUNDS; round++) { // interleaved, so a busy period hits all three
                if (round < 0) {
                    time(f -> rules.decide(f, DecisionContext.EMPTY, false), facts);
                    time(f -> rules.decide(f, DecisionContext.EMPTY, true), facts);
                    time(f -> loop(f, patterns, regexes, groupNames), facts);
                    continue;
                }
                fast[round] = time(f -> rules.decide(f, DecisionContext.EMPTY, false), facts);
                traced[round] = time(f -> rules.decide(f, DecisionContext.EMPTY, true), facts);
                loop[round] = time(f -> loop(f, patterns, regexes, groupNames), facts);
            }
            double[] ratios = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) ratios[i] = loop[i] / fast[i];
            Arrays.sort(ratios);
            System.out.printf("%8d %12.1f %12.1f %12.1f %10.2f %10.0f %9.0f%n", n, median(fast), median(traced), median(loop),
                    median(ratios), 100 * (ratios[ROUNDS - 2] - ratios[1]) / median(ratios), buildMs);
        }
    }

    /** The hard-coded dispatch: every regex on the raw text; a hit gives a diagnosis and its proposal. */
    static List<Proposal> loop(ToolchainError e, List<CustomPattern> patterns, List<Pattern> regexes,
                               List<List<String>> groupNames) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            Matcher m = regexes.get(i).matcher(e.getRaw());
            if (!m.find()) continue;
            CustomPattern p = patterns.get(i);
            Map<String, String> groups = new LinkedHashMap<>();
            for (String g : groupNames.get(i)) {
                if (m.group(g) != null) groups.put(g, m.group(g));
            }
            Diagnosis d = Diagnosis.of(p.getName(), e).solution(p.getSolution()).with("pattern", p.getName()).withAll(groups);
            out.add(Proposal.of(p.getSolution(), d).withDetails());
        }
        return out;
    }

    static List<CustomPattern> patterns(int n) {
        List<CustomPattern> patterns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patterns.add(new CustomPattern("CustomError" + i, Pattern.compile("CustomError" + i + ": cache (?<path>\\S+) failed"),
                    "create_missing", "", CustomPattern.DEFAULT_BUDGET_NANOS));
        }
        return patterns;
    }

    /** CPU time of this thread per error: other processes on a shared machine do not count. */
    private static double time(Consumer<ToolchainError> decide, List<ToolchainError> facts) {
        int runs = 0;
        long t0 = CPU.getCurrentThreadCpuTime();
        long end = t0 + ROUND_NANOS;
        long now;
        do {
            facts.forEach(decide);
            runs++;
        } while ((now = CPU.getCurrentThreadCpuTime()) < end);
        return (now - t0) / 1e3 / runs / facts.size();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
