package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.autoheal.facts.CustomPattern;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainError;
import org.autoheal.facts.ToolchainInfo;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trace-free fast path and reused sessions change nothing but the trace: over the whole
 * corpus (plus custom-pattern hits), in shuffled orders so every session is reused by errors of
 * other causes, each decision equals the traced decision of a brand-new session.
 */
class FastPathEquivalenceTest {
    static RuleBase rules;
    static List<ToolchainError> errors = new ArrayList<>();
    static final DecisionContext CTX = new DecisionContext(new ToolchainInfo("t", null, List.of("mcp")),
            List.of(new ServiceInfo("mcp", "websocket", "127.0.0.1", 8765, "ws://127.0.0.1:8765")), List.of(),
            (SalienceTable) (rule, cause) -> rule.length() % 7 - 3);

    @BeforeAll
    static void compile() throws RuleCompileException {
        List<CustomPattern> patterns = List.of(
                new CustomPattern("CacheCorrupt", Pattern.compile("cache (?<path>\\S+) is corrupt"), "create_missing", "", 100_000_000L),
                new CustomPattern("AnyRefused", Pattern.compile("(?i)connection (?<what>refused)"), "restart_service", "", 100_000_000L));
        rules = RuleCompiler.compile(RuleSources.bundled(), patterns);
        Corpus.cases().forEach(c -> errors.add(ErrorParsers.parse(c.input())));
        errors.add(ToolchainError.of("t", "worker: cache /tmp/c1 is corrupt"));
        errors.add(ToolchainError.of("t", "plain text that no rule knows"));
    }

    /** The reference: a traced decision in a session nothing else has used. */
    private static DecisionSnapshot fresh(ToolchainError e, DecisionContext ctx) {
        RuleBase unused = new RuleBase(rules.kieBase(), rules.catalog(), rules.patterns(), rules.version());
        return DecisionSnapshot.of(unused.decide(e, ctx));
    }

    @Test
    void fastAndTracedDecisionsEqualFreshSessionDecisions_overTheWholeCorpus() {
        List<DecisionSnapshot> expected = errors.stream().map(e -> fresh(e, CTX)).toList();
        assertThat(expected).anyMatch(s -> !s.proposals().isEmpty()).anyMatch(s -> s.diagnoses().isEmpty());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < errors.size(); i++) order.add(i);
        for (int round = 0; round < 3; round++) {
            Collections.shuffle(order, new java.util.Random(round));
            for (int i : order) {
                Decision fast = rules.decide(errors.get(i), CTX, false);
                Decision traced = rules.decide(errors.get(i), CTX, true);
                assertThat(DecisionSnapshot.of(fast)).as("fast path, %s", errors.get(i).getRaw()).isEqualTo(expected.get(i));
                assertThat(DecisionSnapshot.of(traced)).as("traced, %s", errors.get(i).getRaw()).isEqualTo(expected.get(i));
                assertThat(fast.trace()).isEmpty();
                if (traced.diagnosed()) assertThat(traced.trace()).isNotEmpty();
            }
        }
    }

    @Test
    void aReusedSessionHoldsNoFactsBetweenDecisions() {
        for (ToolchainError e : errors) rules.decide(e, DecisionContext.EMPTY, false);
        assertThat(rules.sessions().idleSessions()).isPositive();
        assertThat(rules.sessions().factsInIdleSessions()).isZero();
    }

    @Test
    void contextOfOneDecisionDoesNotLeakIntoTheNext() {
        ToolchainError refused = errors.stream().filter(e -> e.getRaw().contains("Connection refused")).findFirst().orElseThrow();
        DecisionSnapshot without = fresh(refused, DecisionContext.EMPTY);
        rules.decide(refused, CTX, false); // services and toolchain facts in this one
        assertThat(DecisionSnapshot.of(rules.decide(refused, DecisionContext.EMPTY, false))).isEqualTo(without);
    }
}
