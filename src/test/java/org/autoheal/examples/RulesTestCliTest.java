package org.autoheal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test} and {@code rules check} on a home's own rules and examples, through the command line. */
class RulesTestCliTest {
    static final String RULE = """
            package org.autoheal.rules;
            dialect "mvel"
            import org.autoheal.facts.*;

            rule "Not a git repository"
                @kind(diagnosis)
                salience 50
            when
                $e : ToolchainError( message contains "not a git repository" )
            then
                insert( Diagnosis.of("not_a_repo", $e).with("tool", "git") );
            end
            """;
    static final String GIT_ERROR = "fatal: not a git repository (or any of the parent directories): .git";
    @TempDir Path home;

    @BeforeEach
    void rules() throws Exception {
        Files.createDirectories(home.resolve("rules/git"));
        Files.writeString(home.resolve("rules/git/not_a_repo.drl"), RULE);
    }

    void examples(String cause, String tool) throws Exception {
        Files.writeString(home.resolve("rules/git/not_a_repo.examples.json"), """
                [
                  {"name": "outside a repository", "text": "%s",
                   "expect": {"cause": %s, "details": {"tool": "%s"}}},
                  {"name": "a clean status is not an error", "text": "nothing to commit, working tree clean", "exit_code": 0,
                   "expect": {"cause": null}}
                ]
                """.formatted(GIT_ERROR, cause == null ? "null" : "\"" + cause + "\"", tool));
    }

    @Test
    void passingExamples_exit0() throws Exception {
        examples("not_a_repo", "git");
        Cli.Output r = Cli.run(home, "rules", "test");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("ok: 2 examples passed");
        assertThat(Cli.run(home, "rules", "check").exit()).isZero();
    }

    @Test
    void aWrongExpectation_namesFileExampleAndDifference_exit1_inTestAndCheck() throws Exception {
        examples("not_a_repository", "svn");
        Cli.Output r = Cli.run(home, "rules", "test");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("rules/git/not_a_repo.examples.json: example \"outside a repository\": "
                        + "cause: expected 'not_a_repository', got 'not_a_repo' (rule \"Not a git repository\")")
                .contains("rules/git/not_a_repo.examples.json: example \"outside a repository\": detail tool: expected 'svn', got 'git'")
                .contains("1 of 2 examples failed")
                .doesNotContain("a clean status");

        Cli.Output check = Cli.run(home, "rules", "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("example \"outside a repository\": cause: expected 'not_a_repository'")
                .contains("1 of 2 rule examples failed");
        assertThat(check.out()).doesNotStartWith("ok:");

        JsonNode json = Json.MAPPER.readTree(Cli.run(home, "rules", "test", "--json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.at("/failures/0/file").asText()).isEqualTo("rules/git/not_a_repo.examples.json");
        assertThat(json.at("/failures/0/example").asText()).isEqualTo("outside a repository");
        assertThat(json.at("/failures/0/differences/1").asText()).isEqualTo("detail tool: expected 'svn', got 'git'");
    }

    @Test
    void aGlobRunsOnlyTheExamplesItNames() throws Exception {
        examples("wrong", "git");
        assertThat(Cli.run(home, "rules", "test", "*clean*").exit()).isZero();
        assertThat(Cli.run(home, "rules", "test", "outside*").exit()).isEqualTo(1);
        assertThat(Cli.run(home, "rules", "test", "not_a_repo").exit()).as("the file's name").isEqualTo(1);
        assertThat(Cli.run(home, "rules", "test", "nothing-like-it").out()).startsWith("no rule examples match nothing-like-it");
    }

    @Test
    void aRuleNoExampleFires_isAWarningOfCheck_notAnError() throws Exception {
        Cli.Output bare = Cli.run(home, "rules", "check");
        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(bare.out()).startsWith("ok: 1 rules in 1 files");
        assertThat(bare.err()).contains("warning: rules/git/not_a_repo.drl:5: rule \"Not a git repository\" is fired by no example");

        examples("not_a_repo", "git");
        Cli.Output covered = Cli.run(home, "rules", "check");
        assertThat(covered.exit()).isZero();
        assertThat(covered.err()).doesNotContain("is fired by no example");
    }

    @Test
    void aMisshapenExamplesFile_namesFileAndJsonPath_exit1() throws Exception {
        Files.writeString(home.resolve("rules/git/not_a_repo.examples.json"),
                "[{\"name\": \"x1234567890\", \"text\": \"t\", \"expect\": {\"cause\": null, \"proposal\": [\"a\"]}}]");
        Cli.Output r = Cli.run(home, "rules", "test");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rules/git/not_a_repo.examples.json: [0].expect.proposal: expected one of [cause, details, not_proposals, proposals] (unknown key)");

        Files.writeString(home.resolve("rules/git/not_a_repo.examples.json"), "[{\"name\": \"x\", \"text\": ");
        Cli.Output check = Cli.run(home, "rules", "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("rules/git/not_a_repo.examples.json:1:");
    }

    @Test
    void anExampleHomeGivesContext_andNeverTouchesTheRealHome() throws Exception {
        Files.writeString(home.resolve("rules/git/not_a_repo.examples.json"), """
                [{"name": "a toolchain's argv from the example's own home", "tool": "changes",
                  "home": {"config/toolchains.json": {"toolchains": {"changes": {"command": ["git", "status"], "workdir": "proj"}}}},
                  "text": "%s", "expect": {"cause": "not_a_repo"}}]
                """.formatted(GIT_ERROR));
        Cli.Output r = Cli.run(home, "rules", "test");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(home.resolve("config")).doesNotExist();
        assertThat(home.resolve("state")).doesNotExist();
    }
}
