package org.autoheal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule examples through {@code rules test} in JVMs started as the launcher starts them, twice over one rules cache: the
 * first start compiles the rules, the second reads them from the cache. A JVM that compiled DRL types MVEL then parts
 * leniently (Drools' compiler sets a JVM-wide String coercion); a start from the cache did not, so a then part with a
 * ternary of a String and an Integer ran on the first start and failed on every later one (found in session 14 as 3
 * failing bundled examples; its cause found in session 15). Only a fresh JVM shows it: in-process tests have compiled.
 */
@Tag(Tags.PROCESS)
class BundledExamplesLauncherTest {
    @Test
    void theBundledExamplesPass_compiledAndFromTheCache(@TempDir Path home, @TempDir Path cache) throws Exception {
        for (String start : List.of("compiling", "from the cache")) {
            String out = rulesTest(home, cache);
            assertThat(out).as(start).containsPattern("ok: \\d{3,} examples passed");
        }
    }

    @Test
    void aThenPartMixingStringAndIntegerRunsAlikeFromTheCache(@TempDir Path home, @TempDir Path cache) throws Exception {
        Path rules = Files.createDirectories(home.resolve("rules"));
        Files.writeString(rules.resolve("mixed.drl"), """
                package org.autoheal.rules
                import org.autoheal.facts.*
                dialect "mvel"
                rule "A refused connection, its port a String or the error's Integer"
                    @kind(diagnosis)
                when
                    $e : ToolchainError( message != null, message.contains("refused") )
                then
                    String given = $e.host != null ? null : "8080";
                    insert( Diagnosis.of("connection", $e).with("port", given != null ? given : $e.port) );
                end
                """);
        Files.writeString(rules.resolve("mixed.examples.json"), """
                [ { "name": "refused, its port from the error",
                    "text": "ConnectionRefusedError: [Errno 111] Connection refused (127.0.0.1:5432)\\n",
                    "expect": { "cause": "connection", "details": { "port": "5432" } } } ]
                """);
        for (String start : List.of("compiling", "from the cache")) {
            assertThat(rulesTest(home, cache)).as(start).contains("ok: 1 examples passed");
        }
    }

    private static String rulesTest(Path home, Path cache) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-cp", System.getProperty("java.class.path"), "org.autoheal.cli.Main", "--home", home.toString(), "rules", "test"))
                .redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString()); // not a home: its rules cache is the user's, here a temp one
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
