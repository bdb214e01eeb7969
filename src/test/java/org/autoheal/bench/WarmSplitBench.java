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
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * Parse and decide measured apart, warm: over the seed and captured corpora, this thread's CPU time,
 * median of 9 rounds after 15 warm-up rounds (PerErrorBench's 3 rounds leave much of the JIT warm-up
 * in its number). Argument {@code traced}: decide with the trace. Not a unit test. Against another build
 * (the baseline), put that build's classes first on the classpath; only the corpus and this class come from here:
 * {@code java -XX:+UseSerialGC -cp OTHER/target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.WarmSplitBench}
 */
public final class WarmSplitBench {
    public static void main(String[] args) throws Exception {
        boolean traced = args.length > 0 && args[0].equals("traced");
        List<ErrorInput> inputs = new ArrayList<>();
        for (String corpus : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(corpus)) {
                ErrorInput in = c.input();
                inputs.add(new ErrorInput(in.tool(), in.command(), null, in.text()));
            }
        }
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        List<ToolchainError> parsed = new ArrayList<>();
        for (ErrorInput in : inputs) parsed.add(ErrorParsers.parse(in));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] parse = new double[9];
        double[] decide = new double[9];
        for (int round = -15; round < parse.length; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (ErrorInput in : inputs) ErrorParsers.parse(in);
            long t1 = cpu.getCurrentThreadCpuTime();
            for (ToolchainError e : parsed) rules.decide(e, DecisionContext.EMPTY, traced);
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round >= 0) {
                parse[round] = (t1 - t0) / 1e3 / inputs.size();
                decide[round] = (t2 - t1) / 1e3 / inputs.size();
            }
        }
        Arrays.sort(parse);
        Arrays.sort(decide);
        System.out.printf("warm, %d outputs: parse %.1f us [%.1f-%.1f], decide%s %.1f us [%.1f-%.1f]%n", inputs.size(),
                parse[4], parse[0], parse[8], traced ? " traced" : "", decide[4], decide[0], decide[8]);
    }
}
