package org.autoheal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.Decision;
import org.autoheal.engine.RuleSources;
import org.autoheal.reload.ReloadEvent;

/**
 * Hot reload latency, edit to serving: from writing a file in a watched home to the first
 * {@code diagnose} that sees the change (polled every 10 ms), over 10 edits after 2 warm-up
 * edits, for the default rules and for the default rules plus 1000 custom patterns. Also the
 * reloader's own figure (first file event to swap) and the process CPU time per edit (the
 * reload plus the polling; comparable when the machine is busy and wall times are not). Not a
 * unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.ReloadBench}
 */
public final class ReloadBench {
    private static final int WARMUP = 2;
    private static final int EDITS = 10;

    public static void main(String[] args) throws Exception {
        System.out.printf("%-46s %20s %20s %20s %20s%n", "scenario", "write->decision ms", "event->serving ms", "process CPU ms", "reload thread CPU ms");
        System.out.printf("%-46s %20s %20s %20s %20s%n", "", "median / p90", "median / p90", "median / p90", "median / p90");
        run("default rules, edit a rule file", 0, false);
        run("default rules + 1000 patterns, edit a rule", 1000, false);
        run("default rules + 1000 patterns, edit a pattern", 1000, true);
    }

    private static void run(String name, int patterns, boolean editPattern) throws Exception {
        Path home = Files.createTempDirectory("autoheal-reload-bench");
        for (Map.Entry<String, String> e : RuleSources.bundled().entrySet()) write(home, e.getKey(), e.getValue());
        if (patterns > 0) write(home, "config/autoheal_patterns.json", patternsJson(patterns, "BENCH_PATTERN_START"));
        write(home, "rules/bench/bench.drl", rule("BENCH_RULE_START"));
        AutoHeal autoheal = AutoHeal.open(home);
        List<ReloadEvent> events = new CopyOnWriteArrayList<>();
        autoheal.onReload(events::add);
        List<Double> toDecision = new ArrayList<>();
        List<Double> toServing = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> reloadCpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (AutoCloseable watch = autoheal.watchForChanges()) {
            long watcher = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("autoheal-watch")).findFirst().orElseThrow().getId();
            for (int i = 0; i < WARMUP + EDITS; i++) {
                long thread0 = threads.getThreadCpuTime(watcher);
                String marker = "BENCH_EDIT_" + i;
                int seen = events.size();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                if (editPattern) write(home, "config/autoheal_patterns.json", patternsJson(patterns, marker));
                else write(home, "rules/bench/bench.drl", rule(marker));
                String expected = editPattern ? "BenchEdited" : "bench_rule";
                while (!expected.equals(cause(autoheal.diagnose("job 7: " + marker + " happened", null)))) {
                    if (System.nanoTime() - t0 > 60_000_000_000L) throw new IllegalStateException("edit " + i + " not served in 60 s");
                    Thread.sleep(10); // not Wait (20 ms steps): the poll step is part of the latency measured
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
                while (events.stream().skip(seen).noneMatch(ReloadEvent::ok)) Thread.sleep(1); // listeners run just after the swap; a 1 ms step keeps the CPU figure clean
                ReloadEvent served = events.stream().skip(seen).filter(ReloadEvent::ok).reduce((a, b) -> b).orElseThrow();
                if (i >= WARMUP) {
                    toDecision.add(ms);
                    toServing.add((double) served.millis());
                    cpu.add(cpuMs);
                    reloadCpu.add((threads.getThreadCpuTime(watcher) - thread0) / 1e6);
                }
            }
        }
        System.out.printf("%-46s %9.0f / %-8.0f %9.0f / %-8.0f %9.0f / %-8.0f %9.0f / %-8.0f%n", name, pct(toDecision, 50),
                pct(toDecision, 90), pct(toServing, 50), pct(toServing, 90), pct(cpu, 50), pct(cpu, 90),
                pct(reloadCpu, 50), pct(reloadCpu, 90));
    }

    private static String cause(Decision d) {
        return d.diagnosed() ? d.primary().getCause() : null;
    }

    private static String rule(String marker) {
        return """
                package org.autoheal.rules.bench;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "Bench rule"
                    salience 99
                when
                    $e : ToolchainError( raw matches "(?s).*%s.*" )
                then
                    insert( Diagnosis.of("bench_rule", $e) );
                end
                """.formatted(marker);
    }

    private static String patternsJson(int n, String marker) {
        StringBuilder sb = new StringBuilder("{\n");
        for (int i = 0; i < n; i++) {
            sb.append("  \"CustomError").append(i).append("\": {\"pattern\": \"CustomError").append(i)
                    .append(": cache (?<path>\\\\S+) failed\", \"solution\": \"create_missing\"},\n");
        }
        sb.append("  \"BenchEdited\": {\"pattern\": \"").append(marker).append("\", \"solution\": \"create_missing\"}\n}\n");
        return sb.toString();
    }

    private static void write(Path home, String rel, String text) throws Exception {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i));
    }
}
