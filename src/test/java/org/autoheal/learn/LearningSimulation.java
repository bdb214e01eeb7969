package org.autoheal.learn;

import static org.autoheal.learn.CompetingStrategies.A;
import static org.autoheal.learn.CompetingStrategies.B;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.autoheal.engine.RuleBase;
import org.autoheal.learn.CompetingStrategies.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark-style demonstration of learning (not a unit test; {@link LearningSimulationTest}
 * asserts the requirements). Prints, through the real engine and outcome store: the better
 * strategy's first-choice rate per window of 10 incidents for both phases with the learned
 * adjustments, the same requirements over many seeds, and how re-adaptation depends on the
 * spacing of incidents relative to the half-life. Run from the project folder:
 * <pre>
 *   mvn -B -q -o test-compile
 *   mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.learn.LearningSimulation [seeds]
 * </pre>
 * {@code seeds} (default 20) is how many seeds the summaries run.
 */
public final class LearningSimulation {
    static final Duration HALF_LIFE = LearningParams.DEFAULT_HALF_LIFE;
    static final int MAX = LearningParams.DEFAULT_MAX_ADJUSTMENT;
    static final Duration STEP = LearningSimulationTest.STEP;
    static final int PHASE = 100;

    private LearningSimulation() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RuleBase rules = CompetingStrategies.compile();
        System.out.printf(Locale.ROOT, "Learning simulation: real engine and outcome store; half_life %dd, max_adjustment %d, k %.0f%n",
                HALF_LIFE.toDays(), MAX, LearnedSalience.CONFIDENCE_K);
        System.out.println("Strategy A base 60, Strategy B base 55, one incident every " + STEP.toDays() + "d ("
                + HALF_LIFE.toDays() / (double) STEP.toDays() + " incidents per half-life)");
        System.out.println("phase 1: A heals 20 %, B 90 %; phase 2: A 90 %, B 20 %; a failed first choice is followed by the other");
        curve(rules, 1);
        summary(rules, seeds);
        spacing(rules, seeds);
    }

    private static void curve(RuleBase rules, long seed) throws IOException {
        System.out.println();
        System.out.println("Seed " + seed + ": first-choice rate of the better strategy per 10 incidents; adjustments at the window's last incident");
        System.out.println("phase  incidents  better  first  adj A  adj B");
        Path dir = Files.createTempDirectory("autoheal-sim");
        try {
            var sim = new CompetingStrategies(rules, dir, seed, HALF_LIFE, MAX, STEP);
            List<Incident> p1 = sim.run(PHASE, 0.2, 0.9);
            List<Incident> p2 = sim.run(PHASE, 0.9, 0.2);
            windows(1, p1, B);
            windows(2, p2, A);
            System.out.printf("first incident with the better strategy first: phase 1 #%d, phase 2 #%d (1-based)%n",
                    CompetingStrategies.firstTimeFirst(p1, B) + 1, CompetingStrategies.firstTimeFirst(p2, A) + 1);
        } finally {
            delete(dir);
        }
    }

    private static void windows(int phase, List<Incident> incidents, String better) {
        for (int from = 0; from < incidents.size(); from += 10) {
            List<Incident> w = incidents.subList(from, Math.min(from + 10, incidents.size()));
            long first = w.stream().filter(i -> i.first().equals(better)).count();
            Incident last = w.get(w.size() - 1);
            System.out.printf(Locale.ROOT, "%-6d %3d-%-6d %-7s %2d/%-3d %+5d  %+5d%n", phase, from + 1, from + w.size(),
                    better.substring(better.length() - 1), first, w.size(), last.adjustmentA(), last.adjustmentB());
        }
    }

    private static void summary(RuleBase rules, int seeds) throws IOException {
        int within5 = 0, stays1 = 0, within15 = 0, stays2 = 0;
        List<Integer> t1 = new ArrayList<>(), t2 = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            Path dir = Files.createTempDirectory("autoheal-sim");
            try {
                var sim = new CompetingStrategies(rules, dir, seed, HALF_LIFE, MAX, STEP);
                List<Incident> p1 = sim.run(PHASE, 0.2, 0.9);
                List<Incident> p2 = sim.run(PHASE, 0.9, 0.2);
                int b = CompetingStrategies.firstTimeFirst(p1, B), a = CompetingStrategies.firstTimeFirst(p2, A);
                t1.add(b + 1);
                t2.add(a + 1);
                if (b >= 0 && b < 5) within5++;
                if (b >= 0 && CompetingStrategies.shareFirst(p1, B, b) >= 0.95) stays1++;
                if (a >= 0 && a < 15) within15++;
                if (a >= 0 && CompetingStrategies.shareFirst(p2, A, a) >= 0.95) stays2++;
            } finally {
                delete(dir);
            }
        }
        System.out.println();
        System.out.printf("Over seeds 1..%d (one incident every %dd):%n", seeds, STEP.toDays());
        System.out.printf("  B first within 5 incidents: %d/%d   then first in >= 95 %% of the rest: %d/%d   (incidents needed: max %d)%n",
                within5, seeds, stays1, seeds, t1.stream().max(Comparator.naturalOrder()).orElse(0));
        System.out.printf("  after the swap A first within 15: %d/%d   then first in >= 95 %% of the rest: %d/%d   (incidents needed: max %d)%n",
                within15, seeds, stays2, seeds, t2.stream().max(Comparator.naturalOrder()).orElse(0));
    }

    private static void spacing(RuleBase rules, int seeds) throws IOException {
        System.out.println();
        System.out.printf("Re-adaptation vs incident spacing (half_life %dd, seeds 1..%d): incidents after the swap until A first comes first%n",
                HALF_LIFE.toDays(), seeds);
        System.out.println("spacing  incidents/half-life  median  max");
        for (Duration step : List.of(Duration.ofHours(1), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2),
                Duration.ofDays(4), Duration.ofDays(7))) {
            List<Integer> needed = new ArrayList<>();
            for (long seed = 1; seed <= seeds; seed++) needed.add(readapt(rules, seed, step));
            needed.sort(Comparator.naturalOrder());
            System.out.printf(Locale.ROOT, "%-8s %19.1f  %6d  %3d%n", step.toHours() < 24 ? step.toHours() + "h" : step.toDays() + "d",
                    (double) HALF_LIFE.toHours() / step.toHours(), needed.get(needed.size() / 2), needed.get(needed.size() - 1));
        }
    }

    /** 1-based count of incidents after the swap until A is first; 500 means not within 500. */
    private static int readapt(RuleBase rules, long seed, Duration step) throws IOException {
        Path dir = Files.createTempDirectory("autoheal-sim");
        try {
            var sim = new CompetingStrategies(rules, dir, seed, HALF_LIFE, MAX, step);
            sim.run(PHASE, 0.2, 0.9);
            for (int i = 1; i < 500; i++) if (sim.incident(0.9, 0.2).first().equals(A)) return i;
            return 500;
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
