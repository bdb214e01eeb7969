package org.autoheal.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.autoheal.backup.FaultPoints;
import org.autoheal.config.Home;
import org.autoheal.json.Json;
import org.autoheal.journal.Journal;
import org.autoheal.recover.Unfinished;
import org.autoheal.testing.BundledRulesCache;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 item 1, crash consistency proven: AutoHeal is killed with SIGKILL (its whole process
 * tree) at points of real heals by every writing file strategy, by a failed attempt's rollback
 * and by restart_service; and AutoHeal alone (pip is detached and outlives it) in the middle of
 * install_module, where what pip leaves in site-packages must be all or nothing once recovery
 * has waited for it. The points come from a traced run of each scenario (fault points in
 * the write path: backup copied/recorded, temp written and synced, renamed, applied, verified,
 * before the final record); a seeded schedule picks one per kill, and one kill in five lands
 * at a random moment after its point instead (inside a write, a pip install, a verification).
 * After every kill, each watched file is the original, the healed result or a transient attempt
 * that recovery rolls back, and a changed file has a complete backup (copy matches the sha256
 * in the manifest). Then a new {@code repair} recovers: the incident is in history as
 * interrupted with its recovery, files are original or healed, no temp file is left.
 * Properties: {@code crash.kills} (default 105), {@code crash.seed} (default 7), {@code crash.only}
 * (scenario names, comma-separated; default all).
 */
@Tag(Tags.JVM)
class SigkillFaultInjectionIT {
    private static final Object IN_PROCESS = new Object();
    @TempDir Path root;

    private final java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger atPoint = new AtomicInteger();
    private final AtomicInteger afterPoint = new AtomicInteger();
    private final AtomicInteger filesChecked = new AtomicInteger();
    private final AtomicInteger notReached = new AtomicInteger();
    private final AtomicInteger fullRepairs = new AtomicInteger();
    private final AtomicInteger pipWaits = new AtomicInteger();
    private final Map<String, AtomicInteger> recoveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> killsByScenario = new ConcurrentHashMap<>();

    @Test
    void killedAtEveryPointOfAHeal_filesAreOriginalOrHealed_andTheNextRepairRecovers() throws Exception {
        // crash.only: a comma-separated list of scenario names, to look at one
        run(root, Integer.getInteger("crash.kills", 105), Long.getLong("crash.seed", 7L), System.getProperty("crash.only"));
    }

    /** The whole test: {@code target} kills over the scenarios named in {@code only} (null: all), homes under {@code root}. */
    void run(Path root, int target, long seed, String only) throws Exception {
        long t0 = System.nanoTime();
        ChildJvm jvm = ChildJvm.get();
        List<Scenario> scenarios = Scenario.all(root).stream()
                .filter(x -> only == null || List.of(only.split(",")).contains(x.name)).toList();
        for (Scenario s : scenarios) BundledRulesCache.seed(s.home); // the recoveries in this JVM: see BundledRulesCache
        // two workers (2 cores), each owning half of the homes: a home is never used by two at once
        int workers = Math.min(2, scenarios.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            List<Scenario> mine = new ArrayList<>();
            for (int i = w; i < scenarios.size(); i += workers) mine.add(scenarios.get(i));
            int share = target / workers + (w == 0 ? target % workers : 0);
            Random random = new Random(seed * 31 + w);
            done.add(pool.submit(() -> {
                try {
                    for (Scenario s : mine) trace(jvm, s);
                    int attempts = 0;
                    for (int k = 0; k < share && attempts < share * 2 && !failed.get(); attempts++) {
                        Scenario s = mine.get(attempts % mine.size());
                        if (killOnce(jvm, s, random)) k++;
                    }
                    return null;
                } catch (Throwable t) {
                    failed.set(true); // the other worker stops too: one failure is enough to look at
                    throw t;
                }
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("crash test (seed %d): %d SIGKILLs (%d stopped at a fault point, %d at a random moment after one), "
                        + "%d watched files checked after kill and after recovery, recoveries %s, %d full repairs healed after "
                        + "recovery, %d scheduled points not reached; kills by scenario %s; recovery waited for a running pip %d "
                        + "time(s); %.1f s%n", seed, kills.get(), atPoint.get(), afterPoint.get(), filesChecked.get(), recoveries,
                fullRepairs.get(), notReached.get(), killsByScenario, pipWaits.get(), secs);
        assertThat(kills.get()).isGreaterThanOrEqualTo(target);
        assertThat(killsByScenario).hasSize(scenarios.size());
    }

    /** A clean run with every point printed: the points to kill at, and the healed result. */
    private void trace(ChildJvm jvm, Scenario s) throws Exception {
        s.reset();
        ChildJvm.Running r = jvm.start(s.home, "trace", "repair", "--yes", "--tool", s.name);
        int exit = r.waitFor();
        assertThat(exit).as(s.name + " heals when nothing kills it:\n" + r.err()).isZero();
        r.err().lines().filter(l -> l.startsWith(FaultPoints.MARKER)).map(l -> l.substring(FaultPoints.MARKER.length()))
                .forEach(s.points::add);
        assertThat(s.points).as(s.name).contains("heal:before-apply#1", "heal:applied#1");
        s.snapshot(s.intended);
        if (s.pip) assertThat(s.pipState()).as("pip installs when nothing kills it").isEqualTo("installed");
        for (String w : s.watched) {
            assertThat(s.intended.get(w).same(s.broken.get(w))).as(s.name + ": " + w + " is healed").isFalse();
        }
    }

    /** One scheduled kill and the checks after it; false if the run finished before reaching its point. */
    private boolean killOnce(ChildJvm jvm, Scenario s, Random random) throws Exception {
        s.reset();
        String point = s.points.get(random.nextInt(s.points.size()));
        boolean after = random.nextInt(5) == 0;
        int delayMs = after ? random.nextInt(400) : 0;
        ChildJvm.Running r = jvm.start(s.home, after ? point + "+mark" : point, "repair", "--yes", "--tool", s.name);
        if (!r.awaitMarker(ChildJvm.marker())) {
            r.waitFor();
            notReached.incrementAndGet();
            return false;
        }
        if (after) Thread.sleep(delayMs); // deliberately: the kill lands at a random moment after the point
        List<ProcessHandle> orphans = s.pip ? r.killJvmOnly() : List.of(); // pip is detached: it outlives AutoHeal
        if (!s.pip) r.killTree();
        kills.incrementAndGet();
        (after ? afterPoint : atPoint).incrementAndGet();
        killsByScenario.computeIfAbsent(s.name, k -> new AtomicInteger()).incrementAndGet();
        String where = s.name + " killed at " + point + (after ? " + " + delayMs + " ms" : "");

        for (String w : s.watched) {
            Scenario.State st = Scenario.State.of(s.home.resolve(w));
            assertThat(s.allowedWhileKilled(w, st)).as(where + ": " + w + " is " + st).isTrue();
            if (!st.same(s.broken.get(w))) assertBackedUp(s, w, where);
            filesChecked.incrementAndGet();
        }
        List<Unfinished> open = Unfinished.in(new Journal(new Home(s.home).journal(), 1 << 20).readAll());
        assertThat(open).as(where).hasSizeLessThanOrEqualTo(1);

        synchronized (IN_PROCESS) {
            Cli.Output rec = Cli.run(s.home, "repair", "--yes", "--tool", "noop");
            assertThat(rec.exit()).as(where + ": recovery run\n" + rec.out() + rec.err()).isZero();
            for (Unfinished u : open) {
                assertThat(rec.out()).as(where).contains("recovered interrupted incident " + u.id());
                JsonNode row = Cli.historyOf(s.home, u.id());
                assertThat(row.get("outcome").asText()).as(where).isEqualTo("interrupted");
                String action = row.get("recovery").asText();
                assertThat(Scenario.RECOVERY_ACTIONS).as(where).contains(action);
                if (!s.service && !s.pip) assertThat(action).as(where + ": a file strategy is never only reported").isNotEqualTo("reported");
                if (action.equals("completed")) assertThat(s.pipState()).as(where + ": completed install").isEqualTo("installed");
                recoveries.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
            }
            for (String w : s.watched) {
                Scenario.State st = Scenario.State.of(s.home.resolve(w));
                assertThat(s.allowedAfterRecovery(w, st)).as(where + ", after recovery: " + w + " is " + st).isTrue();
                filesChecked.incrementAndGet();
            }
            if (s.pip) {
                if (rec.out().contains("waiting up to")) pipWaits.incrementAndGet();
                // recovery waited for the pip on record; one started just before the kill, before its record, may still run
                for (ProcessHandle o : orphans) o.onExit().orTimeout(120, TimeUnit.SECONDS).exceptionally(x -> o).join();
                assertThat(s.pipState()).as(where + ", after recovery: site-packages").isIn("absent", "installed");
                filesChecked.addAndGet(s.pipFilesChecked());
            }
            assertNoTempFiles(s.home, where);
            if (random.nextInt(s.service || s.pip ? 3 : 6) == 0) { // and the next full repair heals from wherever recovery left it
                Cli.Output heal = Cli.run(s.home, "repair", "--yes", "--tool", s.name);
                assertThat(heal.exit()).as(where + ": repair after recovery\n" + heal.out() + heal.err()).isZero();
                for (String w : s.watched) {
                    assertThat(Scenario.State.of(s.home.resolve(w)).same(s.intended.get(w))).as(where + ": healed " + w).isTrue();
                }
                if (s.pip) assertThat(s.pipState()).as(where + ": installed by the repair after recovery").isEqualTo("installed");
                fullRepairs.incrementAndGet();
            }
        }
        return true;
    }

    /** Some manifest in backups/ lists the path as it was before, and its copy is complete. */
    private static void assertBackedUp(Scenario s, String rel, String where) throws Exception {
        Path path = s.home.resolve(rel).toAbsolutePath().normalize();
        Scenario.State before = s.broken.get(rel);
        List<String> seen = new ArrayList<>();
        try (Stream<Path> manifests = Files.list(s.home.resolve("backups/autoheal"))) {
            for (Path folder : manifests.toList()) {
                Path m = folder.resolve("manifest.json");
                if (!Files.exists(m)) continue;
                for (JsonNode e : Json.MAPPER.readTree(m.toFile()).get("entries")) {
                    String named = e.get("path").asText(); // format 2: relative to the home; format 1: absolute
                    if (!(e.path("root").isMissingNode() || e.path("root").isNull() ? named.equals(rel) || named.equals(path.toString())
                            : Path.of(e.get("root").asText()).resolve(named).equals(path.toRealPath()))) continue;
                    seen.add(folder.getFileName().toString());
                    if (before.kind().equals("absent")) {
                        if (e.get("created").asBoolean()) return;
                        continue;
                    }
                    if (!e.get("sha256").asText().equals(sha256(before.bytes()))) continue;
                    if (e.get("mode_only").asBoolean()) return;
                    byte[] copy = Files.readAllBytes(folder.resolve(e.get("copy").asText()));
                    assertThat(sha256(copy)).as(where + ": the backup copy of " + rel + " is complete").isEqualTo(e.get("sha256").asText());
                    return;
                }
            }
        }
        throw new AssertionError(where + ": " + rel + " changed but no backup manifest lists its original (entries in " + seen + ")");
    }

    private static void assertNoTempFiles(Path home, String where) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\..*\\.autoheal-[0-9a-f]{16}\\.tmp")))
                    .as(where + ": temp files left after recovery").isEmpty();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
