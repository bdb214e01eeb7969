package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainError;
import org.autoheal.facts.ToolchainInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled rules, driven with hand-made facts: what each cause diagnoses and proposes. */
class DefaultRulesTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    private static ToolchainError python(String type, String message) {
        ToolchainError e = ToolchainError.of("t", type + ": " + message);
        e.setLanguage("python");
        e.setType(type);
        e.setMessage(message);
        return e;
    }

    @Test
    void whenModuleMissing_thenProposesInstall() {
        ToolchainError e = python("ModuleNotFoundError", "No module named 'yaml'");
        e.setModule("yaml");
        Decision d = rules.decide(e, DecisionContext.EMPTY);
        assertThat(d.primary().getCause()).isEqualTo("missing_module");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("install_module");
        assertThat(d.proposals().get(0).getParams()).containsEntry("module", "yaml");
        assertThat(d.proposals().get(0).getRule()).isEqualTo("Install missing module");
        assertThat(d.proposals().get(0).getSalience()).isEqualTo(60);
        assertThat(d.trace()).anyMatch(t -> t.event().equals(TraceEvent.FIRED) && t.rule().equals("Python module not installed")
                && t.file().equals("rules/missing_module.drl") && t.line() > 0);
    }

    @Test
    void learnedAdjustmentChangesEffectiveSalience() {
        ToolchainError e = python("ModuleNotFoundError", "No module named 'yaml'");
        e.setModule("yaml");
        SalienceTable table = (rule, cause) -> rule.equals("Install missing module") && cause.equals("missing_module") ? -17 : 0;
        Decision d = rules.decide(e, new DecisionContext(null, List.of(), List.of(), table));
        assertThat(d.proposals().get(0).getSalience()).isEqualTo(43);
    }

    @Test
    void websocketServiceOutranksRestart() {
        ToolchainError e = python("ConnectionRefusedError", "[Errno 111] Connection refused");
        e.setErrno(111);
        e.setHost("127.0.0.1");
        e.setPort(8765);
        var ws = new ServiceInfo("mcp", "websocket", "127.0.0.1", 8765, "ws://127.0.0.1:8765");
        Decision d = rules.decide(e, new DecisionContext(new ToolchainInfo("t", null, List.of("mcp")), List.of(ws), List.of(), null));
        assertThat(d.primary().getCause()).isEqualTo("websocket");
        assertThat(d.proposals()).extracting(Proposal::getStrategy).startsWith("reconnect_websocket").contains("restart_service");
        assertThat(d.diagnoses()).extracting(x -> x.getCause()).containsExactly("websocket");
    }

    @Test
    void customPatternMatchesAsFact_andKeepsWorkingPastTheJitThreshold() throws RuleCompileException {
        var pattern = new org.autoheal.facts.CustomPattern("CacheCorrupt",
                java.util.regex.Pattern.compile("cache (?<path>\\S+) is corrupt"), "create_missing", "", 100_000_000L);
        RuleBase withPattern = RuleCompiler.compile(RuleSources.bundled(), List.of(pattern));
        for (int i = 0; i < 60; i++) { // Drools jits constraints after 20 evaluations: that once broke here
            Decision d = withPattern.decide(ToolchainError.of("t", "worker: cache /tmp/c" + i + " is corrupt"), DecisionContext.EMPTY);
            assertThat(d.primary().getCause()).isEqualTo("CacheCorrupt");
            assertThat(d.primary().get("path")).isEqualTo("/tmp/c" + i);
            assertThat(d.proposals()).extracting(Proposal::getStrategy).containsExactly("create_missing");
        }
    }

    @Test
    void theVersionChangesWithTheCustomPatterns_notOnlyWithTheRuleFiles() {
        var a = new org.autoheal.facts.CustomPattern("A", java.util.regex.Pattern.compile("disk (?<path>\\S+) full"), "create_missing", "", 1L);
        var a2 = new org.autoheal.facts.CustomPattern("A", java.util.regex.Pattern.compile("disk (?<path>\\S+) is full"), "create_missing", "", 1L);
        String plain = RuleCompiler.version("0123456789abcdef", List.of());
        assertThat(plain).isEqualTo("0123456789abcdef");
        assertThat(RuleCompiler.version("0123456789abcdef", List.of(a))).isNotEqualTo(plain)
                .isEqualTo(RuleCompiler.version("0123456789abcdef", List.of(a)))
                .isNotEqualTo(RuleCompiler.version("0123456789abcdef", List.of(a2)));
    }

    @Test
    void unknownErrorGetsNothing() {
        Decision d = rules.decide(python("ZeroDivisionError", "division by zero"), DecisionContext.EMPTY);
        assertThat(d.diagnoses()).isEmpty();
        assertThat(d.proposals()).isEmpty();
    }
}
