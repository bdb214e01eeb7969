package org.autoheal.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.autoheal.facts.CustomPattern;

/**
 * The custom patterns' prefilter alone: {@code PatternPrefilter.candidates} on every text of a batch file
 * ({@code BatchBench gen}) with N patterns as {@code BatchBench} writes them, this thread's CPU µs per text
 * per round. Run it as a batch runs (C1 only); against an older build, put its jar before the test classes.
 * Not a unit test.
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.autoheal.engine.PrefilterBench BATCH.jsonl 1000 3
 * </pre>
 */
public final class PrefilterBench {
    private PrefilterBench() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) texts.add(json.readTree(line).get("text").asText());
        int count = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<CustomPattern> patterns = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            patterns.add(new CustomPattern("CustomError" + k, Pattern.compile("CustomError" + k + ": cache (?<path>\\S+) failed"),
                    "create_missing", "", 100_000_000L));
        }
        PatternPrefilter prefilter = new PatternPrefilter(patterns);
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long found = 0;
        for (int r = 1; r <= rounds; r++) {
            long cpu = bean.getCurrentThreadCpuTime();
            for (String t : texts) found += prefilter.candidates(t).size();
            System.out.printf("round %d: %.2f µs CPU per text (%d texts)%n", r, (bean.getCurrentThreadCpuTime() - cpu) / 1e3 / texts.size(), texts.size());
        }
        System.out.println("candidates: " + found);
    }
}
