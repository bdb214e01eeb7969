package org.autoheal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
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
 * Parse + decide per error with two rule folders in one JVM, rounds alternating A/B (the order flips every round),
 * so that both see the same JIT state and the same load of a shared machine: the cost of a rule change.
 *
 * <pre>
 * git show BASE:rules/tools.drl > /tmp/before/tools.drl ...   (a copy of rules/ as it was)
 * java -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.RuleFolderAbBench /tmp/before rules 21
 * </pre>
 * Run it twice with the folders swapped: on a busy machine the first-named folder tends to come out slower.
 */
public final class RuleFolderAbBench {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RuleFolderAbBench FOLDER_A FOLDER_B [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<ErrorInput> inputs = new ArrayList<>();
        for (String corpus : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(corpus)) {
                ErrorInput in = c.input();
                inputs.add(new ErrorInput(in.tool(), in.command(), null, in.text()));
            }
        }
        RuleBase[] rules = {RuleCompiler.compile(RuleSources.fromFolder(Path.of(args[0]), "rules/"), List.of()),
                            RuleCompiler.compile(RuleSources.fromFolder(Path.of(args[1]), "rules/"), List.of())};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] us = new double[2][rounds];
        for (int round = -4; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int which = (round & 1) == 0 ? k : 1 - k;
                long t0 = cpu.getCurrentThreadCpuTime();
                for (ErrorInput in : inputs) rules[which].decide(ErrorParsers.parse(in), DecisionContext.EMPTY, false);
                if (round >= 0) us[which][round] = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / inputs.size();
            }
        }
        for (int k = 0; k < 2; k++) {
            Arrays.sort(us[k]);
            System.out.printf("%s %s: median %.0f us per error, quartiles %.0f-%.0f (%d rounds, %d outputs)%n", k == 0 ? "A" : "B",
                    args[k], us[k][rounds / 2], us[k][rounds / 4], us[k][3 * rounds / 4], rounds, inputs.size());
        }
    }
}
