package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules without bounds, run the way an operator runs them: {@code autoheal diagnose} in its own
 * JVM (a rule that spins forever or eats the heap must not hang or kill the test JVM). Before the
 * decision deadline each of these runs hung until killed, or died with a raw OutOfMemoryError.
 */
@Tag(Tags.JVM)
class RunawayRulesCliTest {
    private static final String HEADER = """
            package org.autoheal.rules;
            dialect "java"
            import org.autoheal.facts.*;
            global SalienceTable learned;
            """;

    @TempDir
    Path home;

    /** autoheal in a child JVM started for quick rule runs (C1 only, serial GC), since a runaway rule may take the JVM down. */
    private Cli.Output autoheal(List<String> jvmArgs, String stdin, String... args) throws Exception {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        options.addAll(jvmArgs);
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return Cli.runJvm(options, Map.of(), stdin, all.toArray(String[]::new));
    }

    private void write(String rel, String text) throws Exception {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void whileTrueInAConsequence_diagnoseReturns_namingTheRule_andABatchIsNotHeldUp() throws Exception {
        write("config/autoheal.json", "{\"limits\": {\"decision_timeout\": \"500ms\"}}");
        write("rules/runaway.drl", HEADER + """

                rule "Spin forever"
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    while (true) { }
                end
                """);
        Cli.Output one = autoheal(List.of(), "", "diagnose", "--json", "boom");
        assertThat(one.exit()).as(one.err()).isEqualTo(ExitCode.FAILING);
        JsonNode d = Json.MAPPER.readTree(one.out());
        assertThat(d.get("diagnosis").isNull()).isTrue();
        assertThat(d.get("warnings").get(0).asText()).startsWith("rule \"Spin forever\" (rules/runaway.drl:6), in its "
                + "consequence, was still running after 500ms (limits.decision_timeout): decision abandoned, nothing was decided");
        // a whole JVM start and rule compile on a shared 2-core machine; without the deadline: never
        assertThat(one.millis()).isLessThan(60_000);

        // six errors that all hang: two decisions are abandoned (their threads spin on), then the
        // rules are out of service and the rest are refused at once, each answered in its place
        String batch = "{\"text\": \"boom 1\"}\n".repeat(6);
        Cli.Output many = autoheal(List.of(), batch, "diagnose", "--batch", "-");
        assertThat(many.exit()).as(many.err()).isEqualTo(ExitCode.OK); // a batch answers every line, as always
        List<String> lines = many.out().lines().toList();
        assertThat(lines).hasSize(6);
        for (int i = 0; i < 6; i++) {
            String warning = Json.MAPPER.readTree(lines.get(i)).get("warnings").get(0).asText();
            if (i < 2) assertThat(warning).contains("after 500ms (limits.decision_timeout): decision abandoned").contains("its thread does not stop");
            else assertThat(warning).startsWith("the rules are out of service: 2 decisions are still running in rule \"Spin forever\" (rules/runaway.drl:6)");
        }
        assertThat(many.millis()).isLessThan(60_000);
    }

    @Test
    void aRuleThatAllocatesWithoutEnd_endsTheJvmWithOneLineNamingIt_exit2() throws Exception {
        write("config/autoheal.json", "{\"limits\": {\"decision_timeout\": \"60s\"}}");
        write("rules/hog.drl", HEADER + """

                rule "Hog"
                when
                    $e : ToolchainError( message contains "boom" )
                then
                    java.util.List<long[]> all = new java.util.ArrayList<>();
                    while (true) { all.add(new long[1 << 16]); }
                end
                """);
        Cli.Output run = autoheal(List.of("-Xmx64m"), "", "diagnose", "boom");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).containsPattern("(?m)^autoheal: rule \"Hog\" \\(rules/hog.drl:6\\), in its consequence, "
                + "exhausted the Java heap \\(\\d+ MiB, the JVM's -Xmx\\) while deciding; exiting$");
        assertThat(run.err().lines().filter(l -> l.contains("Hog"))).as("said once").hasSize(1);
        assertThat(run.err()).doesNotContain("Exception in thread").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        assertThat(run.out()).isEmpty();
    }
}
