package org.autoheal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleSources;
import org.autoheal.facts.CustomPattern;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Diagnosis cost per error, side by side: this engine (default rules + N custom patterns as
 * facts with the literal prefilter) against a plain Java loop over the same N precompiled
 * regexes (the hard-coded dispatch AutoHeal replaces). Also the rule-base build time.
 * Not a unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.DiagnoseBench}
 */
public final class DiagnoseBench {
    public static void main(String[] args) throws Exception {
        List<String> errors = List.of(
                "Traceback (most recent call last):\n  File \"tools/a.py\", line 1, in <module>\n    import yaml\nModuleNotFoundError: No module named 'yaml'\n",
                "bash: line 1: ./tools/run.sh: Permission denied\n",
                "Traceback (most recent call last):\n  File \"tools/x.py\", line 3, in <module>\nZeroDivisionError: division by zero\n",
                "worker 7: CustomError57: cache /var/tmp/c57 failed\n");
        System.out.printf("%8s %14s %14s %10s %12s%n", "patterns", "engine us/err", "regex us/err", "ratio", "build ms");
        for (int n : new int[] {8, 100, 1000}) {
            List<CustomPattern> patterns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                patterns.add(new CustomPattern("CustomError" + i, Pattern.compile("CustomError" + i + ": cache (?<path>\\S+) failed"),
                        "create_missing", "", CustomPattern.DEFAULT_BUDGET_NANOS));
            }
            long b0 = System.nanoTime();
            RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), patterns);
            double buildMs = (System.nanoTime() - b0) / 1e6;
            List<ToolchainError> facts = errors.stream().map(t -> ErrorParsers.parse(new ErrorInput("t", null, 1, t))).toList();
            List<Pattern> regexes = patterns.stream().map(CustomPattern::getRegex).toList();
            double engine = 0;
            double loop = 0;
            for (int round = 0; round < 3; round++) { // interleaved rounds; the last one counts (warm)
                engine = time(() -> facts.forEach(f -> rules.decide(f, DecisionContext.EMPTY)), facts.size());
                loop = time(() -> facts.forEach(f -> {
                    for (Pattern p : regexes) {
                        if (p.matcher(f.getRaw()).find()) break;
                    }
                }), facts.size());
            }
            System.out.printf("%8d %14.1f %14.1f %10.2f %12.0f%n", n, engine, loop, engine / loop, buildMs);
        }
    }

    private static double time(Runnable r, int perRun) {
        int runs = 0;
        long t0 = System.nanoTime();
        long end = t0 + 1_500_000_000L;
        while (System.nanoTime() < end) {
            r.run();
            runs++;
        }
        return (System.nanoTime() - t0) / 1e3 / runs / perRun;
    }
}
