package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.autoheal.api.AutoHeal;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line `watch` prints per reload says what changed, and for a rejection where the first error is. */
class ReloadEventTest {
    static final String BROKEN = """
            package org.autoheal.rules.site;
            dialect "mvel"
            import org.autoheal.facts.*;

            rule "Broken"
            when
                $e : ToolchainError( raw == )
            then
                insert( Diagnosis.of("broken", $e) );
            end
            """;

    static ReloadEvent served(List<String> files, List<String> added) {
        return new ReloadEvent(true, files, List.of(), added, List.of(), List.of(), 370, "v2");
    }

    static ReloadEvent rejected(List<String> errors) {
        return new ReloadEvent(false, List.of("rules/permission.drl"), errors, List.of(), List.of(), List.of(), 757, "v1");
    }

    @Test
    void whenOnlyConfigChanged_thenSummaryNamesTheFileAndRulesUnchanged() {
        assertThat(served(List.of("config/toolchains.json"), List.of()).summary())
                .isEqualTo("serving after 370 ms: config/toolchains.json changed; rules unchanged");
    }

    @Test
    void whenRuleAdded_thenSummaryNamesFileAndRule() {
        assertThat(served(List.of("rules/site/a.drl"), List.of("Site rule")).summary())
                .isEqualTo("serving after 370 ms: rules/site/a.drl changed; rules added [Site rule], changed [], removed []");
    }

    @Test
    void whenReloadRequestedWithoutFiles_thenSummarySaysOnlyWhatServes() {
        assertThat(served(List.of(), List.of()).summary()).isEqualTo("serving after 370 ms: rules unchanged");
    }

    @Test
    void whenManyFilesChanged_thenSummaryShowsThreeAndCountsTheRest() {
        assertThat(served(List.of("rules/a.drl", "rules/b.drl", "rules/c.drl", "rules/d.drl", "rules/e.drl"), List.of()).summary())
                .isEqualTo("serving after 370 ms: rules/a.drl, rules/b.drl, rules/c.drl (+2 more) changed; rules unchanged");
    }

    @Test
    void whenRejected_thenSummaryHasFirstErrorWithLocationAndCountsTheRest() {
        String summary = rejected(List.of("rules/permission.drl:17:4: [ERR 102] mismatched input ')'",
                "rules/permission.drl:18:1: [ERR 102] mismatched input 'then'")).summary();
        assertThat(summary).isEqualTo("rejected after 757 ms: rules/permission.drl:17:4: [ERR 102] mismatched input ')'"
                + " (+1 more); the previous rules and config stay in service");
        assertThat(summary).doesNotContain("reload");
    }

    @Test
    void whenErrorIsLongOrMultiline_thenSummaryIsOneBoundedLine() {
        String summary = rejected(List.of("config/toolchains.json:3:5: bad\n  value " + "x".repeat(1000))).summary();
        assertThat(summary).doesNotContain("\n").contains("config/toolchains.json:3:5: bad value xxx", "…; the previous")
                .doesNotContain("(+");
        assertThat(summary.length()).isLessThan(300);
    }

    @Test
    void whenRealRuleFilesBroken_thenSummaryCarriesTheCompilerLocation(@TempDir Path dir) throws Exception {
        TestHome home = new TestHome(dir).withDefaultRules("missing_module.drl");
        AutoHeal autoheal = AutoHeal.open(dir);
        home.write("rules/site/broken.drl", BROKEN);
        ReloadEvent e = autoheal.reload();
        assertThat(e.ok()).isFalse();
        assertThat(e.summary()).matches("rejected after \\d+ ms: rules/site/broken\\.drl:7:\\d+: .+; the previous rules and config stay in service");
    }
}
