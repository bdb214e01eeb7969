package org.autoheal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.RuleSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default rules keep their examples (DESIGN §9): every bundled example passes, and every
 * bundled rule is fired by at least one. The rule base is built once for the class.
 */
class BundledExamplesTest {
    static RuleBase rules;
    static ExampleReport report;

    @BeforeAll
    static void runAll() throws Exception {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        report = new ExampleRunner(rules).run(ExampleFiles.read(RuleSources.forHome(java.nio.file.Path.of("no-such-home"), ExampleFiles.SUFFIX)));
    }

    @Test
    void everyBundledExamplePasses_eachFailureNamed() {
        assertThat(report.results()).as("bundled examples").hasSizeGreaterThan(rules.catalog().size() / 2);
        assertThat(report.failureLines()).as("failing examples (file: example: difference)").isEmpty();
    }

    @Test
    void everyBundledRuleIsFiredByAnExample() {
        assertThat(report.unfired().stream().map(RuleInfo::location).toList()).as("rules no example fires").isEmpty();
    }

    @Test
    void everyExampleIsNamedForWhatItPins_andNamesAreUniquePerFile() {
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.example().name()).doesNotStartWith("DRAFT").hasSizeGreaterThan(10);
            assertThat(r.example().file()).startsWith("rules/").endsWith(ExampleFiles.SUFFIX);
        });
    }

    @Test
    void aWrongExpectationIsADifference_notAPass() {
        RuleExample right = report.results().stream().map(ExampleResult::example)
                .filter(e -> "missing_module".equals(e.expect().cause()) && e.expect().proposals().contains("install_module"))
                .findFirst().orElseThrow();
        RuleExample wrong = new RuleExample(right.file(), right.name(), right.text(), right.tool(), right.command(), right.exitCode(),
                right.home(), new RuleExample.Expectation("permission", java.util.Map.of("module", "nope"), List.of("fix_permissions"),
                List.of("install_module")));
        ExampleResult r = new ExampleRunner(rules).run(wrong);
        assertThat(r.passed()).isFalse();
        assertThat(r.differences()).anyMatch(d -> d.startsWith("cause: expected 'permission', got 'missing_module'"))
                .anyMatch(d -> d.startsWith("detail module: expected 'nope', got '"))
                .anyMatch(d -> d.startsWith("proposal fix_permissions: expected, got proposals [install_module"))
                .anyMatch(d -> d.startsWith("proposal install_module: expected not proposed"));
        assertThat(r.lines()).allMatch(l -> l.startsWith(right.file() + ": example \"" + right.name() + "\": "));
    }
}
