package org.autoheal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleSources;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Parse + decide (no trace) per error over every output of the seed and captured corpora, this
 * thread's CPU time, median of 9 rounds after 3 warm-up rounds ({@code parse} as argument: parse only).
 * Not a unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.PerErrorBench}
 */
public final class PerErrorBench {
    public static void main(String[] args) throws Exception {
        boolean parseOnly = args.length > 0 && args[0].equals("parse");
        List<ErrorInput> inputs = new ArrayList<>();
        for (String corpus : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(corpus)) {
                ErrorInput in = c.input();
                inputs.add(new ErrorInput(in.tool(), in.command(), null, in.text()));
            }
        }
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] rounds = new double[9];
        for (int round = -3; round < rounds.length; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (ErrorInput in : inputs) {
                var e = ErrorParsers.parse(in);
                if (!parseOnly) rules.decide(e, DecisionContext.EMPTY, false);
            }
            if (round >= 0) rounds[round] = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / inputs.size();
        }
        Arrays.sort(rounds);
        System.out.printf("%s: %.0f us per error (median of %d rounds, %d outputs)%n", parseOnly ? "parse" : "parse + decide",
                rounds[rounds.length / 2], rounds.length, inputs.size());
    }
}
