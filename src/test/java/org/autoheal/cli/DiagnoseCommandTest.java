package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `autoheal diagnose TEXT|-` in text form: empty input is a usage error; the output ends with the rules that fired. */
class DiagnoseCommandTest {
    static final String PERMISSION = "bash: line 1: ./tools/run.sh: Permission denied\n";

    @TempDir Path home;

    static Cli.Output withStdin(String stdin, Path home, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(home, args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void whenNoTextAndEmptyStdin_thenUsageError_exit2() {
        for (String[] args : new String[][] {{"diagnose"}, {"diagnose", "-"}, {"diagnose", "--json"}}) {
            Cli.Output r = withStdin("", home, args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("no error text", "pass TEXT", "pipe the error text");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void whenTextBlank_thenUsageError_exit2() {
        Cli.Output r = Cli.run(home, "diagnose", "  \n");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no error text");
    }

    @Test
    void whenTextPiped_thenDiagnosed() {
        Cli.Output r = withStdin(PERMISSION, home, "diagnose");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("diagnosis: permission");
    }

    @Test
    void textOutputListsTheRulesThatFired_withFileAndLine() {
        Cli.Output r = Cli.run(home, "diagnose", PERMISSION);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^rules fired:\n  Permission denied running a program  \\(rules/permission\\.drl:\\d+\\)$")
                .containsPattern("(?m)^  Make script executable  \\(rules/permission\\.drl:\\d+\\)$");
    }

    @Test
    void whenUndiagnosed_thenNoRuleFired_andNoTraceOmitsTheSection() {
        String text = "something odd happened";
        assertThat(Cli.run(home, "diagnose", text).out()).contains("diagnosis: none").contains("rules fired: none");
        assertThat(Cli.run(home, "diagnose", "--no-trace", PERMISSION).out()).contains("diagnosis: permission")
                .doesNotContain("rules fired");
    }
}
