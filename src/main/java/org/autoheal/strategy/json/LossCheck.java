package org.autoheal.strategy.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The "never lose a value" guard. Two independent checks: every scalar token the lexer read
 * became a key or a value of the tree, and the repaired text, streamed through strict Jackson,
 * holds the tree value for value, key for key, in order, each number with the very digits it
 * was read with.
 */
final class LossCheck {
    private final StrictJson strict;

    LossCheck(StrictJson strict) {
        this.strict = strict;
    }

    void verify(long tokensRead, ParsedValue tree, String json) throws UnrepairableJsonException {
        long inTree = ParsedValue.countScalars(tree);
        if (inTree != tokensRead) {
            throw failed("read " + tokensRead + " keys and values but the repaired tree holds " + inTree);
        }
        try (JsonParser p = strict.mapper().getFactory().createParser(json)) {
            compare(tree, p, p.nextToken(), new At(null, null, 0));
            if (p.nextToken() != null) throw failed("the repaired text holds more than one value");
        } catch (JsonProcessingException e) {
            throw failed("the repaired text does not parse as strict JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw failed("reading the repaired text failed: " + e.getMessage());
        }
    }

    /** Where in the tree, rendered only when a check fails (building "$.a[3]" for every value would cost more than the check). */
    private record At(At parent, String key, int index) {
        @Override
        public String toString() {
            if (parent == null) return "$";
            return parent + (key != null ? "." + Token.printable(key) : "[" + index + "]");
        }
    }

    private static void compare(ParsedValue expected, JsonParser p, JsonToken t, At path)
            throws IOException, UnrepairableJsonException {
        if (expected instanceof ParsedValue.Obj obj) {
            if (t != JsonToken.START_OBJECT) throw differs(path, "object");
            for (ParsedValue.Member m : obj.members()) {
                if (p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals(m.key())) {
                    throw differs(path, "key " + Token.quote(m.key()));
                }
                compare(m.value(), p, p.nextToken(), new At(path, m.key(), 0));
            }
            if (p.nextToken() != JsonToken.END_OBJECT) throw differs(path, "object");
        } else if (expected instanceof ParsedValue.Arr arr) {
            if (t != JsonToken.START_ARRAY) throw differs(path, "array");
            for (int i = 0; i < arr.elements().size(); i++) {
                JsonToken next = p.nextToken();
                if (next == JsonToken.END_ARRAY) throw differs(path, "array");
                compare(arr.elements().get(i), p, next, new At(path, null, i));
            }
            if (p.nextToken() != JsonToken.END_ARRAY) throw differs(path, "array");
        } else if (expected instanceof ParsedValue.Str s) {
            if (t != JsonToken.VALUE_STRING || !p.getText().equals(s.value())) throw differs(path, "string");
        } else if (expected instanceof ParsedValue.Num n) {
            if (!t.isNumeric() || !p.getText().equals(n.text())) throw differs(path, "number " + n.text());
        } else if (expected instanceof ParsedValue.Bool b) {
            if (t != (b.value() ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE)) throw differs(path, "boolean");
        } else if (t != JsonToken.VALUE_NULL) {
            throw differs(path, "null");
        }
    }

    private static UnrepairableJsonException differs(At path, String what) {
        return failed("the repaired JSON does not keep the " + what + " at " + path);
    }

    private static UnrepairableJsonException failed(String why) {
        return new UnrepairableJsonException("self-check failed, nothing should be written: " + why
                + "; please report this input as a bug in the JSON repairer");
    }
}
