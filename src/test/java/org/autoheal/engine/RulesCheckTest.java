package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules check`: the default rules pass; a proposal for a strategy nobody provides, or a rule name used twice, is an error with its place. */
class RulesCheckTest {
    @TempDir Path home;

    @Test
    void defaultRulesPass() {
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ok: ");
    }

    @Test
    void anUnregisteredStrategyNameIsAnError_untilItIsDeclared() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        try (var in = Files.list(Path.of("rules"))) {
            for (Path f : in.toList()) Files.copy(f, home.resolve("rules").resolve(f.getFileName()));
        }
        Files.writeString(home.resolve("rules/git.drl"), """
                package org.autoheal.rules;
                dialect "mvel"
                import org.autoheal.facts.*;
                global SalienceTable learned;

                rule "Init the repo"
                    @kind(strategy)
                    salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
                when
                    $d : Diagnosis( cause == "not_a_repo" )
                then
                    insert( Proposal.of("git_int", $d) );
                end
                """);
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/git.drl:6:1: rule \"Init the repo\" proposes strategy 'git_int', which is not registered");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autoheal.json"), "{\"strategies\": {\"git_int\": {\"command\": [\"git\", \"init\"]}}}");
        Cli.Output ok = Cli.run(home, "rules", "check");
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    @Test
    void aDuplicateRuleNameNamesBothPlaces() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        Files.copy(Path.of("rules/connection.drl"), home.resolve("rules/connection.drl"));
        Files.writeString(home.resolve("rules/extra.drl"), oneRule("rules", "Connection refused"));
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Duplicate rule name: Connection refused (also defined at rules/");
        int line = java.util.Arrays.asList(Files.readString(Path.of("rules/connection.drl")).split("\n"))
                .indexOf("rule \"Connection refused\"") + 1;
        assertThat(r.err()).containsAnyOf("rules/connection.drl:" + line + ")", "rules/extra.drl:5)");
    }

    @Test
    void theSameRuleNameInTwoPackagesIsRejected_becauseAutoHealGoesByName() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        for (String pkg : new String[] {"one", "two"}) Files.writeString(home.resolve("rules/" + pkg + ".drl"), oneRule(pkg, "Same name"));
        Cli.Output r = Cli.run(home, "rules", "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/two.drl:5:0: rule name \"Same name\" is also used at rules/one.drl:5");
    }

    /** A rule file of package org.autoheal.PKG with one diagnosis rule named NAME (its line: 5). */
    private static String oneRule(String pkg, String name) {
        return """
                package org.autoheal.%s;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "%s"
                when
                    $e : ToolchainError( message contains "xyz" )
                then
                    insert( Diagnosis.of("x", $e) );
                end
                """.formatted(pkg, name);
    }

    @Test
    void matchesLiteralsAreFoundAsTheRegexFoundThem() {
        var literal = java.util.regex.Pattern.compile("matches\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
        for (String s : org.autoheal.testing.RandomText.of(4, 30_000, 12, " \"\\ax(", "matches", "matches \"", "\\\"")) {
            java.util.List<String> expected = new java.util.ArrayList<>();
            var m = literal.matcher(s);
            while (m.find()) expected.add(m.group(1));
            assertThat(RuleCompiler.matchesLiterals(s)).as(s).isEqualTo(expected);
        }
    }
}
