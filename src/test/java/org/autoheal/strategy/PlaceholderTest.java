package org.autoheal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/** A command strategy's {@code {name}} argument is recognised exactly as the regex it replaced did. */
class PlaceholderTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]{0,40})\\}");

    @Test
    void sameAsTheRegex() {
        assertThat(CommandStrategy.placeholder("{path}")).isEqualTo("path");
        assertThat(CommandStrategy.placeholder("--x={path}")).isNull();
        for (String s : RandomText.of(3, 50_000, 50, "{}az09_A-", "{", "}", "path", "a_1"))  {
            Matcher m = PLACEHOLDER.matcher(s);
            assertThat(CommandStrategy.placeholder(s)).as(s).isEqualTo(m.matches() ? m.group(1) : null);
        }
    }
}
