package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules check` puts a compile error in a rule's then part on its own line, not on the rule header. */
class ConsequenceErrorLineTest {
    @TempDir Path home;

    private static final String HEAD = """
            package org.autoheal.rules;
            %s
            import org.autoheal.facts.*;

            // OSError: [Errno 98] Address already in use

            rule "Address already in use"
                @kind(diagnosis)
                salience 50
            when
                $e : ToolchainError( errno == 98 )
            then
                insert( Diagnosis.of("addr_in_use", $e)
            """;

    private Cli.Output check(String dialect, String rest) throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.writeString(home.resolve("rules/addr_in_use.drl"), HEAD.formatted(dialect) + rest);
        return Cli.run(home, "rules", "check");
    }

    @Test
    void mvelUnknownMethod_pointsAtItsLine() throws Exception {
        Cli.Output r = check("dialect \"mvel\"", """
                        .with("port", $e.port) );
                    insert( Diagnosis.of("addr_in_use", $e).wiht("host", $e.host) );
                end
                """);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/addr_in_use.drl:15:").contains("wiht").contains("rule starting at line 7")
                .doesNotContain("addr_in_use.drl:7:");
    }

    @Test
    void mvelStatementContinuedWithAnOperator_pointsAtTheOperatorLine() throws Exception {
        Cli.Output r = check("dialect \"mvel\"", """
                        .with("port", $e.port) );
                    String where = "port "
                        + $e.port;
                end
                """);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/addr_in_use.drl:16:").contains("Missing left node");
    }

    @Test
    void mvelUnknownVariable_pointsAtItsLine() throws Exception {
        Cli.Output r = check("dialect \"mvel\"", """
                        .with("port", $e.port) );

                    insert( Diagnosis.of("addr_in_use", $nope) );
                end
                """);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/addr_in_use.drl:16:");
    }

    @Test
    void javaDialect_pointsAtTheCompilersLine() throws Exception {
        Cli.Output r = check("", """
                        .with("port", $e.getPort()) );
                    int unused = 1;
                    insert( Diagnosis.of("addr_in_use", $e).wiht("host", $e.getHost()) );
                end
                """);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/addr_in_use.drl:16:").contains("wiht");
    }

    @Test
    void anErrorInTheSalienceExpression_staysOnTheHeader() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.writeString(home.resolve("rules/addr_in_use.drl"), HEAD.formatted("dialect \"mvel\"")
                .replace("salience 50", "salience( 50 + nope.adjustment() )") + """
                        .with("nope", $e.port) );
                end
                """);
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/addr_in_use.drl:7:").doesNotContain("then part");
    }
}
