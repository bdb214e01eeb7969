package org.autoheal.strategy.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/** ColonFix's header check and PrintFix's "not arguments" check agree with the regexes they replaced. */
class HeaderAndPrintMatchersTest {
    private static final Pattern HEADER = Pattern.compile(
            "(?:async\\s+)?(?:def|class|if|elif|else|for|while|try|except|finally|with)\\b");
    private static final Pattern NOT_ARGUMENTS = Pattern.compile(
            "(?:=(?!=)|:|\\.|[)\\]},;]|(?:\\*\\*|//|>>|<<|[-+*/%&|^@])=|>>)");

    @Test
    void headerSameAsTheRegex() {
        for (String s : RandomText.of(1, 30_000, 6, " \tx_1(:", "async", "def", "class", "if", "elif", "else", "for",
                "while", "try", "except", "finally", "with", "iff", "async  ", "de"))
            assertThat(ColonFix.isHeader(s)).as(s).isEqualTo(HEADER.matcher(s).lookingAt());
    }

    @Test
    void notArgumentsSameAsTheRegex() {
        for (String s : RandomText.of(2, 30_000, 5, "=:.)]},;*/><-+%&|^@ x\"'(", "**=", "//=", ">>", "<<=", "=="))
            for (int at = 0; at <= s.length(); at++)
                assertThat(PrintFix.notArguments(s, at)).as(s + " @" + at)
                        .isEqualTo(NOT_ARGUMENTS.matcher(s).region(at, s.length()).lookingAt());
    }
}
