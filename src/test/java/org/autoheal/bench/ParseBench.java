package org.autoheal.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * The parse side of a batch alone: the texts of {@code BatchBench gen} (the seed and captured corpus
 * outputs in turn, every fourth a custom-pattern hit) parsed as batch lines (text only), ROUNDS rounds
 * of LINES each, printing the thread's CPU µs and allocated KB per parse per round. Run it as a batch runs (C1 only:
 * {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}); round 1 is what a 20 000-line batch pays. Not a unit test.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.autoheal.bench.ParseBench 20000 3
 * </pre>
 */
public final class ParseBench {
    private ParseBench() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        for (String part : List.of("seed", "captured")) for (Corpus.Case c : Corpus.cases(part)) texts.add(c.text());
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long bytes = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < lines; i++) {
                String text = i % 4 == 3 ? "worker " + i % 13 + ": CustomError" + i % 1000 + ": cache /var/tmp/c" + i % 1000 + " failed\n"
                        : texts.get(i % texts.size());
                sink += ErrorParsers.parse(new ErrorInput(null, null, null, text)).getEvidence().size();
            }
            System.out.printf("round %d: %.1f µs CPU, %.1f KB allocated per parse%n", r, (bean.getCurrentThreadCpuTime() - cpu) / 1e3 / lines,
                    (bean.getCurrentThreadAllocatedBytes() - bytes) / 1e3 / lines);
        }
        if (sink == 42) System.out.println();
    }
}
