package org.autoheal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundled example through {@code rules test} in a JVM started as the launcher starts it (C1 only). Session 14 found
 * a then part (a ternary of a String and an Integer) that MVEL ran in the test JVM but refused there ("Associative
 * operation requires compatible types"): 3 examples failed for operators while every in-process test passed.
 */
@Tag(Tags.PROCESS)
class BundledExamplesLauncherTest {
    @Test
    void theBundledExamplesPass_inALauncherLikeJvm(@TempDir Path home) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-cp", System.getProperty("java.class.path"), "org.autoheal.cli.Main", "--home", home.toString(), "rules", "test"))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("ok: \\d{3,} examples passed");
    }
}
