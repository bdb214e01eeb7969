package org.autoheal.strategy.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.autoheal.strategy.json.ParsedValue.Arr;
import org.autoheal.strategy.json.ParsedValue.Member;
import org.autoheal.strategy.json.ParsedValue.Num;
import org.autoheal.strategy.json.ParsedValue.Obj;
import org.autoheal.strategy.json.ParsedValue.Str;
import org.junit.jupiter.api.Test;

/** The guard must catch a writer that drops, reorders or alters a value. */
class LossCheckTest {
    private final LossCheck check = new LossCheck(new StrictJson(10));
    private final ParsedValue tree = new Obj(List.of(
            new Member("a", new Arr(List.of(new Num("1.10"), new Str("x")))),
            new Member("b", new ParsedValue.Null())));

    @Test
    void whenOutputMatchesTree_thenPasses() {
        assertThatCode(() -> check.verify(5, tree, "{\"a\": [1.10, \"x\"], \"b\": null}")).doesNotThrowAnyException();
    }

    @Test
    void whenAValueChanges_thenFailsNamingThePath() {
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.1, \"x\"], \"b\": null}"))
                .hasMessageContaining("number 1.10 at $.a[0]");
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.10, \"y\"], \"b\": null}"))
                .hasMessageContaining("string at $.a[1]");
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.10, \"x\"], \"b\": false}"))
                .hasMessageContaining("null at $.b");
    }

    @Test
    void whenAValueIsDroppedOrKeysReordered_thenFails() {
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.10], \"b\": null}")).hasMessageContaining("array at $.a");
        assertThatThrownBy(() -> check.verify(5, tree, "{\"b\": null, \"a\": [1.10, \"x\"]}")).hasMessageContaining("key \"a\" at $");
    }

    @Test
    void whenLexerReadMoreTokensThanTheTreeHolds_thenFails() {
        assertThatThrownBy(() -> check.verify(6, tree, "{\"a\": [1.10, \"x\"], \"b\": null}"))
                .isInstanceOf(UnrepairableJsonException.class)
                .hasMessageContaining("read 6 keys and values but the repaired tree holds 5");
    }

    @Test
    void whenOutputIsNotStrictJson_thenFails() {
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.10, \"x\"], \"b\": null,}"))
                .hasMessageContaining("does not parse as strict JSON");
        assertThatThrownBy(() -> check.verify(5, tree, "{\"a\": [1.10, \"x\"], \"a\": null}"))
                .hasMessageContaining("key \"b\" at $");
    }
}
