package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autoheal.api.AutoHeal;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.facts.SalienceTable;
import org.autoheal.heal.Approver;
import org.autoheal.heal.Attempt;
import org.autoheal.heal.Healer;
import org.autoheal.heal.Recorder;
import org.autoheal.heal.RepairReport;
import org.autoheal.journal.Journal;
import org.autoheal.learn.OutcomeStore;
import org.autoheal.strategy.StrategyRegistry;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions and incidents under way keep their snapshot; many threads decide while rules are swapped. */
@Tag(Tags.PROCESS)
class ReloadSnapshotTest {
    static final String GATED = """
            package org.autoheal.rules.site;
            dialect "mvel"
            import org.autoheal.facts.*;
            import org.autoheal.reload.Gate;

            rule "Slow diagnosis"
                salience 90
            when
                $e : ToolchainError( raw matches "(?s).*SLOW_MARKER.*" )
            then
                Gate.pass();
                insert( Diagnosis.of("%s", $e) );
            end

            rule "Slow fix"
                salience %d
            when
                $d : Diagnosis( cause == "%s" )
            then
                insert( Proposal.of("create_missing", $d).with("path", "made-by-fix.txt") );
            end
            """;

    @TempDir Path dir;
    TestHome home;
    final ExecutorService pool = Executors.newCachedThreadPool();

    @BeforeEach
    void setUp() {
        home = new TestHome(dir);
        Gate.reset();
    }

    @AfterEach
    void tearDown() {
        Gate.release();
        pool.shutdownNow();
    }

    @Test
    void whenReloadedDuringADecision_thenThatDecisionCompletesOnTheOldRules() throws Exception {
        home.write("rules/slow.drl", GATED.formatted("old_cause", 70, "old_cause"));
        // the gate holds the decision for as long as the reload takes: longer than the default deadline
        home.write("config/autoheal.json", "{\"limits\": {\"decision_timeout\": \"60s\"}}");
        AutoHeal autoheal = AutoHeal.open(dir);
        String oldVersion = autoheal.snapshot().rules().version();
        Future<Decision> inFlight = pool.submit(() -> autoheal.diagnose("x SLOW_MARKER y", null));
        Gate.awaitEntered();

        home.write("rules/slow.drl", TestHome.markerRule("Slow diagnosis", 90, "new_cause", "SLOW_MARKER"));
        ReloadEvent e = autoheal.reload();
        assertThat(e.ok()).as(String.valueOf(e.errors())).isTrue();
        assertThat(e.changed()).containsExactly("Slow diagnosis");
        assertThat(e.removed()).containsExactly("Slow fix");
        assertThat(autoheal.diagnose("x SLOW_MARKER y", null).primary().getCause()).isEqualTo("new_cause");

        Gate.release();
        Decision old = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(old.primary().getCause()).isEqualTo("old_cause");
        assertThat(old.ruleBaseVersion()).isEqualTo(oldVersion).isNotEqualTo(e.version());
        assertThat(old.proposals()).singleElement().extracting(p -> p.getRule()).isEqualTo("Slow fix");
    }

    @Test
    void whenRulesSwappedDuringAnIncident_thenItsAttemptsUseTheCatalogItStartedWith() throws Exception {
        home.write("config/toolchains.json", """
                {"toolchains": {"slow": {"command": ["python3", "-c", "import sys; sys.exit('SLOW_MARKER here')"]}}}
                """);
        HomeConfig config = HomeConfig.load(new Home(dir));
        RuleBase before = RuleCompiler.compile(Map.of("rules/slow.drl", GATED.formatted("slow", 70, "slow")), List.of());
        RuleBase after = RuleCompiler.compile(Map.of("rules/slow.drl", GATED.formatted("slow", 20, "slow")), List.of());
        Engine engine = new Engine(before);
        Recorder recorder = new Recorder(new Journal(config.home().journal(), 1 << 16), new BackupStore(dir),
                new OutcomeStore(config.home().state()));
        Healer healer = new Healer(config, engine, new StrategyRegistry(AutoHeal.builtins()), recorder,
                () -> SalienceTable.NONE, Approver.ALWAYS, true, line -> { });
        Future<RepairReport> incident = pool.submit(() -> healer.repair(List.of(config.toolchain("slow"))));
        Gate.awaitEntered();
        engine.swap(after); // a reload while the incident is deciding
        Gate.release();

        Attempt attempt = incident.get(60, TimeUnit.SECONDS).incidents().get(0).attempts().get(0);
        assertThat(attempt.rule()).isEqualTo("Slow fix");
        assertThat(attempt.baseSalience()).as("the base salience from the rule base the incident started on").isEqualTo(70);
        assertThat(engine.rules().catalog().get("Slow fix").baseSalience()).isEqualTo(20);
    }

    @Test
    void whenManyThreadsDiagnoseDuringReloads_thenNoneFailsAndEachDecisionIsConsistent() throws Exception {
        home.write("rules/v.drl", TestHome.markerRule("Versioned", 90, "v1", "VERSION_MARKER"));
        AutoHeal autoheal = AutoHeal.open(dir);
        Map<String, String> causeByVersion = new ConcurrentHashMap<>();
        causeByVersion.put(autoheal.snapshot().rules().version(), "v1");
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<String[]> seen = new CopyOnWriteArrayList<>();
        List<Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        Decision d = autoheal.diagnose("worker: VERSION_MARKER hit", null);
                        seen.add(new String[] {d.ruleBaseVersion(), d.primary().getCause()});
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (int i = 2; i <= 5; i++) {
            String cause = "v" + i;
            home.write("rules/v.drl", TestHome.markerRule("Versioned", 90, cause, "VERSION_MARKER"));
            ReloadEvent e = autoheal.reload();
            assertThat(e.ok()).as(String.valueOf(e.errors())).isTrue();
            causeByVersion.put(e.version(), cause);
            if (i == 3) {
                home.write("rules/v.drl", "rule \"Versioned\" when then"); // broken: rejected mid-run
                assertThat(autoheal.reload().ok()).isFalse();
                home.write("rules/v.drl", TestHome.markerRule("Versioned", 90, cause, "VERSION_MARKER"));
            }
        }
        Wait.value("a decision on the last rules", () -> seen.isEmpty() ? "" : seen.get(seen.size() - 1)[1], "v5"::equals);
        stop.set(true);
        for (Future<?> w : workers) w.get(30, TimeUnit.SECONDS);

        assertThat(failures).isEmpty();
        assertThat(seen).hasSizeGreaterThan(20)
                .allSatisfy(s -> assertThat(s[1]).as("cause of version " + s[0]).isEqualTo(causeByVersion.get(s[0])));
        assertThat(seen.stream().map(s -> s[1]).distinct().count()).isGreaterThan(1);
    }
}
