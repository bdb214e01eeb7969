package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.Spin;
import org.autoheal.heal.Incident;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules without bounds under hot reload (issue 13, finding 5): new rules that hang on ordinary
 * errors are rejected like rules that do not compile; rules that hang only on some errors are
 * served, and then each report that hits them is answered within the deadline with the rule named,
 * until they are out of service; a fixed rule file brings decisions back.
 */
@Tag(Tags.SLOW)
class ReloadDeadlineTest {
    private static final String HEADER = """
            package org.autoheal.rules.site;
            dialect "java"
            import org.autoheal.facts.*;
            import org.autoheal.engine.Spin;
            """;

    @TempDir Path dir;
    TestHome home;

    @BeforeEach
    void setUp() throws Exception {
        Spin.arm();
        home = new TestHome(dir);
        home.write("config/autoheal.json", "{\"limits\": {\"decision_timeout\": \"500ms\"}}");
        home.write("rules/site.drl", TestHome.markerRule("Known", 50, "known_cause", "KNOWN_MARKER"));
    }

    @AfterEach
    void release() throws InterruptedException {
        Spin.releaseAll();
        Wait.until(() -> DecisionDeadline.stuckInProcess() == 0, Duration.ofSeconds(30));
    }

    private static Incident timedReport(AutoHeal autoheal, String text) {
        long t0 = System.nanoTime();
        Incident i = autoheal.report(null, text, 1, false);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("report time").isLessThan(Duration.ofSeconds(10));
        return i;
    }

    @Test
    void aReloadWhoseRulesSleepOnEveryError_isRejected_andTheRulesInServiceStay() throws Exception {
        AutoHeal autoheal = AutoHeal.open(dir);
        String served = autoheal.snapshot().rules().version();
        home.write("rules/slow.drl", HEADER + """

                rule "Slow on everything"
                when
                    $e : ToolchainError( )
                then
                    Thread.sleep(60000); // deliberately: rules that hang on every error
                end
                """);
        ReloadEvent e = autoheal.reload();
        assertThat(e.ok()).isFalse();
        assertThat(e.errors()).singleElement().asString()
                .isEqualTo("rule \"Slow on everything\" (rules/slow.drl:6), in its consequence, was still running after "
                        + "500ms (limits.decision_timeout): decision abandoned, nothing was decided "
                        + "(on the sample error 'ModuleNotFoundError: No module named 'yaml'')");
        assertThat(e.summary()).startsWith("rejected after").contains("rules/slow.drl:6")
                .endsWith("the previous rules and config stay in service");
        assertThat(autoheal.snapshot().rules().version()).isEqualTo(served);
        assertThat(timedReport(autoheal, "KNOWN_MARKER").outcome()).isEqualTo(Incident.DIAGNOSED);

        Files.delete(dir.resolve("rules/slow.drl"));
        assertThat(autoheal.reload().ok()).isTrue();
    }

    @Test
    void aReloadWhoseConditionSpinsOnEveryError_isRejected() throws Exception {
        AutoHeal autoheal = AutoHeal.open(dir);
        home.write("rules/spin.drl", HEADER + """
                function boolean spinning() { return Spin.forever(); }

                rule "Spin in a condition"
                when
                    $e : ToolchainError( )
                    eval( spinning() )
                then
                    insert( Diagnosis.of("never", $e) );
                end
                """);
        ReloadEvent e = autoheal.reload();
        assertThat(e.ok()).isFalse();
        assertThat(e.errors()).singleElement().asString()
                .startsWith("rule \"Spin in a condition\" (rules/spin.drl:7), in its conditions, was still running after 500ms");
    }

    @Test
    void rulesThatHangOnlyOnSomeErrors_areServed_thenEachReportReturnsInTime_untilOutOfService_andAFixBringsThemBack()
            throws Exception {
        AutoHeal autoheal = AutoHeal.open(dir);
        home.write("rules/trap.drl", HEADER + """

                rule "Trap"
                when
                    $e : ToolchainError( raw contains "TRAP_MARKER" )
                then
                    Spin.forever();
                end
                """);
        assertThat(autoheal.reload().ok()).as("no sample error springs the trap").isTrue();

        for (int n = 1; n <= 2; n++) {
            Incident i = timedReport(autoheal, "TRAP_MARKER " + n);
            assertThat(i.outcome()).isEqualTo(Incident.UNDIAGNOSED);
            assertThat(i.decision().warnings()).singleElement().asString()
                    .startsWith("rule \"Trap\" (rules/trap.drl:6), in its consequence, was still running after 500ms");
            // the journal's incident says it too (what `why` and `history` read)
            assertThat(autoheal.incident(i.id()).orElseThrow().get("warnings").get(0).asText()).contains("rules/trap.drl:6");
        }
        assertThat(timedReport(autoheal, "KNOWN_MARKER").decision().warnings())
                .singleElement().asString().startsWith("the rules are out of service: 2 decisions are still running in rule \"Trap\"");

        home.write("rules/trap.drl", HEADER); // the author removes the rule
        assertThat(autoheal.reload().ok()).isTrue();
        Incident after = timedReport(autoheal, "KNOWN_MARKER and TRAP_MARKER");
        assertThat(after.outcome()).isEqualTo(Incident.DIAGNOSED);
        assertThat(after.decision().primary().getCause()).isEqualTo("known_cause");
    }
}
