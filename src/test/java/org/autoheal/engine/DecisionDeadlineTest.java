package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rules without bounds (issue 13, finding 5): a decision that runs past its deadline is abandoned
 * and says which rule was running (file:line), in a consequence or a condition; threads that do not
 * stop are counted and take their rules out of service; the firing limit warns. Timing asserts are
 * generous: a 2-core machine shared by many builds.
 */
@Tag(Tags.SLOW)
class DecisionDeadlineTest {
    private static final DecisionDeadline DEADLINE = new DecisionDeadline(Duration.ofMillis(500));
    private static final String HEADER = """
            package org.autoheal.rules;
            dialect "%s"
            import org.autoheal.facts.*;
            import org.autoheal.engine.Spin;
            global SalienceTable learned;
            """;

    @BeforeEach
    void arm() {
        Spin.arm();
    }

    @AfterEach
    void release() throws InterruptedException {
        Spin.releaseAll();
        DecisionDeadline.onFatal(null);
        Wait.until(() -> DecisionDeadline.stuckInProcess() == 0, Duration.ofSeconds(30));
        assertThat(DecisionDeadline.stuckInProcess()).as("stuck decisions left after release").isZero();
    }

    private static RuleBase rules(String dialect, String file, String body) throws RuleCompileException {
        return RuleCompiler.compile(Map.of(file, HEADER.formatted(dialect) + body), List.of());
    }

    private static ToolchainError error(String message) {
        ToolchainError e = ToolchainError.of("t", message);
        e.setMessage(message);
        return e;
    }

    private static Decision timed(RuleBase rules, String message) {
        long t0 = System.nanoTime();
        Decision d = DEADLINE.decide(rules, error(message), DecisionContext.EMPTY);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("decision time").isLessThan(Duration.ofSeconds(10));
        return d;
    }

    @Test
    void aConsequenceThatSpins_isAbandoned_namingTheRule_andAfterTwoStuckTheRulesAreOutOfService() throws Exception {
        RuleBase rules = rules("mvel", "rules/loop.drl", """

                rule "Diagnose first"
                    salience 50
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    insert( Diagnosis.of("boom", $e) );
                end

                rule "Loop forever"
                    salience 10
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    Spin.forever();
                end
                """);
        for (int i = 1; i <= 2; i++) {
            Decision d = timed(rules, "boom");
            assertThat(d.diagnosed()).as("an abandoned decision decides nothing").isFalse();
            assertThat(d.proposals()).isEmpty();
            assertThat(d.warnings()).singleElement().asString()
                    .startsWith("rule \"Loop forever\" (rules/loop.drl:15), in its consequence, was still running after 500ms "
                            + "(limits.decision_timeout): decision abandoned, nothing was decided")
                    .contains("its thread does not stop (" + i + " such in these rules");
            assertThat(DecisionDeadline.abandonment(d)).isNotNull();
        }
        assertThat(DecisionDeadline.outOfService(rules)).startsWith("the rules are out of service: 2 decisions")
                .contains("rule \"Loop forever\" (rules/loop.drl:15)");
        long t0 = System.nanoTime();
        Decision refused = DEADLINE.decide(rules, error("nothing to do with it"), DecisionContext.EMPTY);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("refused at once, no thread taken").isLessThan(Duration.ofMillis(400));
        assertThat(refused.warnings()).singleElement().asString().startsWith("the rules are out of service");

        Spin.releaseAll(); // the stuck threads leave: the rules serve again, and the pool was not given their sessions
        Wait.until(() -> DecisionDeadline.outOfService(rules) == null, Duration.ofSeconds(30));
        assertThat(DecisionDeadline.outOfService(rules)).isNull();
        assertThat(rules.sessions().idleSessions()).isZero();
        Decision d = timed(rules, "boom"); // released: Spin.forever() returns at once now
        assertThat(d.warnings()).isEmpty();
        assertThat(d.diagnoses()).extracting(Diagnosis::getCause).containsExactly("boom");
    }

    @Test
    void aDecisionTheMachineStarvesOfCpu_isGivenMoreTime_andDecides() throws Exception {
        DecisionDeadline deadline = new DecisionDeadline(Duration.ofSeconds(1));
        RuleBase rules = rules("mvel", "rules/busy.drl", NEEDS_CPU);
        assertDecidesWhileStarved(deadline, () -> deadline.decide(rules, error("busy"), DecisionContext.EMPTY));
    }

    @Test
    void onTheCallersThread_aDecisionTheMachineStarvesOfCpu_isGivenMoreTime_andDecides() throws Exception {
        DecisionDeadline deadline = new DecisionDeadline(Duration.ofSeconds(1));
        RuleBase rules = rules("mvel", "rules/busy.drl", NEEDS_CPU);
        try (DecisionDeadline.Watchdog watchdog = deadline.watchdog(rules)) {
            assertDecidesWhileStarved(deadline, () -> watchdog.decide(error("busy"), DecisionContext.EMPTY, false, d -> { }));
        }
    }

    /** A rule that needs 150 ms of CPU: on a machine that gives it an eighth of a core, more wall time than a 1 s deadline. */
    private static final String NEEDS_CPU = """

            rule "Needs CPU"
            when
                $e : ToolchainError( message contains "busy" )
            then
                Spin.cpu(150);
                insert( Diagnosis.of("busy", $e) );
            end
            """;

    /**
     * Decides beside 8 busy threads per core: the decision's thread is runnable all along but gets at most an eighth
     * of a core, so it is past its deadline having had less than half of it in CPU, and is waited for.
     */
    private static void assertDecidesWhileStarved(DecisionDeadline deadline, java.util.function.Supplier<Decision> decide)
            throws InterruptedException {
        List<Thread> hogs = new java.util.ArrayList<>();
        for (int i = 0; i < 8 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(Spin::forever, "hog-" + i);
            t.setDaemon(true);
            hogs.add(t);
        }
        hogs.forEach(Thread::start);
        long t0 = System.nanoTime();
        Decision d;
        try {
            d = decide.get();
        } finally {
            Spin.releaseAll();
            for (Thread t : hogs) t.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(took).as("the machine kept it past its deadline").isGreaterThan(deadline.timeout());
        assertThat(d.warnings()).as(took.toString()).isEmpty();
        assertThat(d.diagnoses()).extracting(Diagnosis::getCause).containsExactly("busy");
    }

    /** A rule whose condition never returns (its function spins), in either dialect. */
    private static final String SPIN_IN_CONDITION = """
            function boolean spinning() { return Spin.forever(); }

            rule "Spin in condition"
            when
                $e : ToolchainError( message contains "cond" )
                eval( spinning() )
            then
                insert( Diagnosis.of("never", $e) );
            end
            """;

    @Test
    void aConditionThatSpins_javaDialect_namesTheRuleFromTheWorkersStack() throws Exception {
        RuleBase rules = rules("java", "rules/cond.drl", SPIN_IN_CONDITION);
        Decision d = timed(rules, "cond");
        assertThat(d.warnings()).singleElement().asString()
                .contains("rule \"Spin in condition\" (rules/cond.drl:8), in its conditions, was still running");
    }

    @Test
    void aConditionThatSpins_mvelDialect_namesTheFunction() throws Exception {
        RuleBase rules = rules("mvel", "rules/cond.drl", SPIN_IN_CONDITION);
        Decision d = timed(rules, "cond");
        assertThat(d.warnings()).singleElement().asString()
                .contains("a rule's conditions, in function spinning() (org.autoheal.rules.Spinning) (no rule was firing)");
    }

    @Test
    void aRuleThatSleeps_isInterrupted_soItsThreadIsNotLost() throws Exception {
        RuleBase rules = rules("java", "rules/sleep.drl", """

                rule "Sleeps"
                when
                    $e : ToolchainError( message contains "zzz" )
                then
                    Thread.sleep(60000); // deliberately: a consequence that hangs past the deadline
                end
                """);
        for (int i = 0; i < 3; i++) {
            Decision d = timed(rules, "zzz");
            assertThat(d.warnings()).singleElement().asString()
                    .contains("rule \"Sleeps\" (rules/sleep.drl:7), in its consequence, was still running")
                    .doesNotContain("does not stop");
        }
        assertThat(DecisionDeadline.stuckInProcess()).isZero();
        assertThat(DecisionDeadline.outOfService(rules)).isNull();
    }

    @Test
    void onTheCallersThread_aRuleThatSleeps_isAbandonedByTheWatchdog_andTheThreadDecidesTheNextError() throws Exception {
        RuleBase rules = rules("java", "rules/sleep.drl", """

                rule "Sleeps"
                when
                    $e : ToolchainError( message contains "zzz" )
                then
                    Thread.sleep(60000); // deliberately: a consequence that hangs until the watchdog abandons its thread
                end
                """);
        List<Decision> stuck = new CopyOnWriteArrayList<>();
        try (DecisionDeadline.Watchdog watchdog = DEADLINE.watchdog(rules)) {
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                Decision d = watchdog.decide(error("zzz"), DecisionContext.EMPTY, false, stuck::add);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
                assertThat(d.warnings()).singleElement().asString()
                        .startsWith("rule \"Sleeps\" (rules/sleep.drl:7), in its consequence, was still running after 500ms")
                        .doesNotContain("does not stop");
                assertThat(Thread.currentThread().isInterrupted()).as("the watchdog's interrupt is not left behind").isFalse();
                Decision next = watchdog.decide(error("nothing"), DecisionContext.EMPTY, false, stuck::add);
                assertThat(next.warnings()).isEmpty();
            }
        }
        assertThat(stuck).isEmpty();
        assertThat(DecisionDeadline.stuckInProcess()).isZero();
    }

    @Test
    void onTheCallersThread_aConditionThatSpins_namesTheFunction_andTheStuckDecisionGoesToTheCallback() throws Exception {
        RuleBase rules = rules("mvel", "rules/cond.drl", SPIN_IN_CONDITION);
        java.util.concurrent.CompletableFuture<Decision> stuck = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Decision> returned = new java.util.concurrent.CompletableFuture<>();
        try (DecisionDeadline.Watchdog watchdog = DEADLINE.watchdog(rules)) {
            Thread caller = new Thread(() -> returned.complete(watchdog.decide(error("cond"), DecisionContext.EMPTY, false, stuck::complete)));
            caller.setDaemon(true);
            caller.start();
            Decision d = stuck.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(d.warnings()).singleElement().asString()
                    .startsWith("a rule's conditions, in function spinning() (org.autoheal.rules.Spinning) (no rule was firing)")
                    .contains("was still running after 500ms (limits.decision_timeout): decision abandoned")
                    .contains("its thread does not stop (1 such in these rules");
            assertThat(returned).as("the caller is still in the rule").isNotDone();
            Spin.releaseAll();
            assertThat(returned.get(10, java.util.concurrent.TimeUnit.SECONDS).warnings()).as("released: the same verdict")
                    .isEqualTo(d.warnings());
        }
    }

    @Test
    void reachingTheFiringLimit_warns_namingTheRuleThatKeptFiring() throws Exception {
        RuleBase rules = rules("java", "rules/refire.drl", """
                declare Counter
                    n : int
                end

                rule "Start counting"
                when
                    $e : ToolchainError( message contains "count" )
                then
                    insert( Diagnosis.of("counting", $e) );
                    insert( new Counter(0) );
                end

                rule "Count again"
                when
                    $c : Counter( n >= 0 )
                then
                    modify( $c ) { setN( $c.getN() + 1 ) }
                end
                """);
        Decision d = new DecisionDeadline(Duration.ofSeconds(60)).decide(rules, error("count"), DecisionContext.EMPTY, false);
        assertThat(d.warnings()).singleElement().asString()
                .startsWith("the rules fired 10000 times, the most one decision may")
                .contains("rule \"Count again\" (rules/refire.drl:18)");
        assertThat(d.diagnoses()).extracting(Diagnosis::getCause).containsExactly("counting");
    }

    @Test
    void fourStuckDecisionsInTheProcess_callTheFatalHandler() throws Exception {
        List<String> fatal = new CopyOnWriteArrayList<>();
        DecisionDeadline.onFatal(fatal::add);
        String body = """

                rule "Loop forever"
                when
                    $e : ToolchainError( )
                then
                    Spin.forever();
                end
                """;
        RuleBase first = rules("java", "rules/a.drl", body);
        RuleBase second = rules("java", "rules/b.drl", body); // a reload that did not fix it
        for (RuleBase r : List.of(first, first, second)) timed(r, "x");
        assertThat(fatal).isEmpty();
        timed(second, "x");
        assertThat(fatal).singleElement().asString().startsWith("4 decisions are stuck in rules that ignore their deadline")
                .contains("rule \"Loop forever\" (rules/b.drl:7)").endsWith("fix the rule and restart AutoHeal");
    }
}
