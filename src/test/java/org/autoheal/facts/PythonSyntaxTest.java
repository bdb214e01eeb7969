package org.autoheal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/** The missing-colon check that rules/syntax.drl calls says what the rule's own regex said before it moved here. */
class PythonSyntaxTest {
    private static final Pattern RULE_REGEX_BEFORE =
            Pattern.compile("\\s*(def|class|if|elif|else|for|while|try|except|finally|with|async)\\b[^:]*");

    @Test
    void whenHeaderLacksColon_thenMatchesLikeTheRuleRegexDid() {
        assertThat(PythonSyntax.headerWithoutColon("    if x == 1")).isTrue();
        assertThat(PythonSyntax.headerWithoutColon("async def f()")).isTrue();
        assertThat(PythonSyntax.headerWithoutColon("def f():")).isFalse();
        assertThat(PythonSyntax.headerWithoutColon("define = 1")).isFalse();
        assertThat(PythonSyntax.headerWithoutColon(null)).isFalse();
        for (String s : RandomText.of(2, 30_000, 6, " \t\fx_1(:é", "async", "def", "class", "if", "elif", "else", "for",
                "while", "try", "except", "finally", "with", "iff", "de", "\u00a0"))
            assertThat(PythonSyntax.headerWithoutColon(s)).as(s).isEqualTo(RULE_REGEX_BEFORE.matcher(s).matches());
    }
}
