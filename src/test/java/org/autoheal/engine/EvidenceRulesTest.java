package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.Proposal;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every signal of an output is evidence; rules/evidence.drl dismisses non-causes and picks the root cause. */
class EvidenceRulesTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    private static Decision decide(Integer exit, String... lines) {
        return rules.decide(ErrorParsers.parse(new ErrorInput("t", null, exit, String.join("\n", lines) + "\n")), DecisionContext.EMPTY);
    }

    private static Signal signal(Decision d, String messagePart) {
        return d.evidence().stream().filter(s -> s.fact().getMessage().contains(messagePart)).findFirst().orElseThrow();
    }

    @Test
    void whenAChildFailsBeforeItsWrapper_thenTheChildsErrorIsTheRootCause() {
        Decision d = decide(1, "bash: ./tools/gen.sh: Permission denied",
                "Traceback (most recent call last):",
                "  File \"run.py\", line 3, in <module>",
                "    subprocess.run(['./tools/gen.sh'], check=True)",
                "subprocess.CalledProcessError: Command '['./tools/gen.sh']' returned non-zero exit status 126.");
        assertThat(d.primary().getCause()).isEqualTo("permission");
        assertThat(d.error().getOrigin()).isEqualTo("tool_message");
        assertThat(signal(d, "returned non-zero").status()).isEqualTo(Signal.UNDIAGNOSED);
        assertThat(signal(d, "returned non-zero").fact().getOrigin()).isEqualTo("wrapper");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("fix_permissions");
    }

    @Test
    void whenTwoErrorsAreDiagnosed_thenTheLaterWins_andTheEarlierProposesNothing() {
        Decision d = decide(1, "ERROR:app:cannot load conf/app.ini: [Errno 2] No such file or directory: 'conf/app.ini'",
                "bash: ./tools/gen.sh: Permission denied");
        assertThat(d.diagnoses()).extracting(x -> x.getCause()).containsExactly("permission", "file_not_found");
        Signal lost = signal(d, "conf/app.ini");
        assertThat(lost.status()).isEqualTo(Signal.LOST);
        assertThat(lost.rule()).isEqualTo("The last error stopped the program");
        assertThat(lost.winner()).isEqualTo(signal(d, "gen.sh").fact().getIndex());
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("fix_permissions");
    }

    @Test
    void whenTheProgramExitedZero_thenNothingIsACause() {
        Decision d = decide(0, "ModuleNotFoundError: No module named 'yaml'");
        assertThat(d.diagnoses()).isEmpty();
        assertThat(d.proposals()).isEmpty();
        assertThat(d.evidence()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Signal.DISMISSED);
            assertThat(s.rule()).isEqualTo("Success is not an error");
        });
    }

    @Test
    void whenAnErrorWasRetriedOrLoggedAsAWarning_thenItIsNotTheCause() {
        Decision retried = decide(null, "connect to 127.0.0.1:5432: [Errno 111] Connection refused, retrying in 1s", "connected, 3 rows");
        assertThat(retried.diagnoses()).isEmpty();
        assertThat(retried.evidence().get(0).rule()).isEqualTo("A retried error is not the cause");
        Decision warned = decide(1, "2026-12-06 10:00:00,001 WARNING db: previous run failed: [Errno 111] Connection refused");
        assertThat(warned.diagnoses()).isEmpty();
        assertThat(warned.evidence().get(0).rule()).isEqualTo("A warning or info line is not the cause");
    }

    @Test
    void whenAJsonLogLineCarriesATraceback_thenItsExceptionIsTheEvidence() {
        Decision d = decide(1, "{\"level\": \"info\", \"msg\": \"starting\"}",
                "{\"level\": \"error\", \"msg\": \"boot failed\", \"exc_info\": \"Traceback (most recent call last):\\n  File \\\"app.py\\\", line 2, in <module>\\n    import yaml\\nModuleNotFoundError: No module named 'yaml'\"}");
        assertThat(d.primary().getCause()).isEqualTo("missing_module");
        assertThat(d.primary().get("module")).isEqualTo("yaml");
        assertThat(d.error().getOrigin()).isEqualTo("json_log");
        assertThat(d.error().getLevel()).isEqualTo("error");
    }

    @Test
    void whenANodeSyntaxErrorIsAboutJson_thenItIsJsonFormat_andAnEsmExportIsAnImportError() {
        assertThat(decide(1, "SyntaxError: Unexpected token } in JSON at position 4").primary().getCause()).isEqualTo("json_format");
        Decision esm = decide(1, "file:///srv/app.mjs:1", "import { x } from './lib.mjs';", "         ^",
                "SyntaxError: The requested module './lib.mjs' does not provide an export named 'x'",
                "    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)", "", "Node.js v20.20.2");
        assertThat(esm.primary().getCause()).isEqualTo("import_error");
        assertThat(esm.primary().get("name")).isEqualTo("x");
        // no edit: fix_import only lists what the module exports (rules/node.drl), once
        assertThat(esm.proposals()).extracting(p -> p.getStrategy() + " by " + p.getRule())
                .containsExactly("fix_import by List the exports of an ESM module");
    }

    @Test
    void whenABashScriptHasASyntaxError_thenItIsDiagnosed_butOnlyPythonGetsFixSyntax() {
        Decision d = decide(2, "./deploy.sh: line 7: syntax error near unexpected token `fi'");
        assertThat(d.primary().getCause()).isEqualTo("syntax");
        assertThat(d.primary().get("kind")).isEqualTo("shell");
        assertThat(d.primary().get("line")).isEqualTo("7");
        assertThat(d.proposals()).isEmpty();
    }
}
