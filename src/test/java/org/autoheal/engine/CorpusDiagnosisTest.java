package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.autoheal.facts.Diagnosis;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real error of the shared corpus, parsed and decided by the default rules: right cause, right details. */
class CorpusDiagnosisTest {
    /** Details that are the strategy's business (found by asking the interpreter or the file), not the diagnosis'. */
    private static final Set<String> NOT_DIAGNOSED = Set.of("found_in", "distribution", "distribution_of_also",
            "errno", "exit_code");
    private static final Set<String> COMPARED_BY_SUFFIX = Set.of("path", "json_file", "file", "missing_dir", "package_dir");
    static RuleBase rules;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    static Stream<Corpus.Case> cases() {
        return Corpus.cases().stream();
    }

    private static String join(JsonNode array) {
        List<String> parts = new java.util.ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join(",", parts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosesTheCauseAndItsDetails(Corpus.Case c) {
        Decision d = rules.decide(ErrorParsers.parse(c.input()), DecisionContext.EMPTY);
        if (c.cause().equals("negative")) {
            assertThat(d.diagnoses()).as("no diagnosis for %s", c.file()).isEmpty();
            assertThat(d.proposals()).isEmpty();
            return;
        }
        assertThat(d.primary()).as("a diagnosis for %s", c.file()).isNotNull();
        assertThat(d.primary().getCause()).as(c.file()).isEqualTo(c.cause());
        Diagnosis diag = d.primary();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) c.detail()::fields) {
            String key = e.getKey();
            if (NOT_DIAGNOSED.contains(key) || c.cause().equals("json_format") && key.equals("kind")) continue;
            String expected = e.getValue().isArray() ? join(e.getValue()) : e.getValue().asText();
            String actual = diag.get(key);
            assertThat(actual).as("%s: detail %s in %s", c.file(), key, diag.getDetails()).isNotNull();
            if (COMPARED_BY_SUFFIX.contains(key)) {
                assertThat(actual).as("%s: %s", c.file(), key).endsWith(expected);
            } else {
                assertThat(actual).as("%s: %s", c.file(), key).isEqualTo(expected);
            }
        }
    }
}
