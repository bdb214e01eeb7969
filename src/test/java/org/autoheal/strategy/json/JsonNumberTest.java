package org.autoheal.strategy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/** The hand-written JSON number check accepts exactly what the RFC 8259 grammar (as a regex) does. */
class JsonNumberTest {
    private static final Pattern GRAMMAR = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    @Test
    void sameAsTheGrammar() {
        assertThat(TolerantLexer.isJsonNumber("-12.5e3")).isTrue();
        assertThat(TolerantLexer.isJsonNumber("01")).isFalse();
        for (String s : RandomText.of(8259, 50_000, 8, "0123456789-+.eEx", "0", "12", "1.5", "e-3"))
            assertThat(TolerantLexer.isJsonNumber(s)).as(s).isEqualTo(GRAMMAR.matcher(s).matches());
    }
}
