package org.autoheal.parse;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading translated messages ({@link Localized#read}) costs a batch: every seed and captured corpus output, bound
 * as a batch line is, read ROUNDS times; the thread's CPU µs per output, apart for the outputs the table finds no
 * language in (English: the index's gate alone) and those it does. Run it as a batch runs (C1 only). Not a unit test.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.autoheal.parse.LocalizedBench 6
 * </pre>
 */
public final class LocalizedBench {
    private LocalizedBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<String> english = new ArrayList<>();
        List<String> translated = new ArrayList<>();
        for (String part : List.of("seed", "captured")) {
            for (Corpus.Case c : Corpus.cases(part)) {
                String t = ErrorText.bound(c.text(), ErrorText.DEFAULT_MAX_BYTES);
                (Localized.read(t).languages().isEmpty() ? english : translated).add(t);
            }
        }
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int all = english.size() + translated.size();
        long sink = 0;
        for (int r = 1; r <= rounds; r++) {
            long c0 = bean.getCurrentThreadCpuTime();
            long b0 = bean.getCurrentThreadAllocatedBytes();
            for (String t : english) sink += Localized.read(t).languages().size();
            long c1 = bean.getCurrentThreadCpuTime();
            for (String t : translated) sink += Localized.read(t).languages().size();
            long c2 = bean.getCurrentThreadCpuTime();
            long b2 = bean.getCurrentThreadAllocatedBytes();
            System.out.printf("round %d: %.1f µs per output (%d English %.1f µs each, %d translated %.0f µs each), %.2f KB allocated per output%n", r,
                    (c2 - c0) / 1e3 / all, english.size(), (c1 - c0) / 1e3 / Math.max(1, english.size()), translated.size(),
                    (c2 - c1) / 1e3 / Math.max(1, translated.size()), (b2 - b0) / 1e3 / all);
        }
        if (sink == 42) System.out.println();
    }
}
