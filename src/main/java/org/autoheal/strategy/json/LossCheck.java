package org.autoheal.strategy.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "never lose a value" guard. Two independent checks: every scalar token the lexer read
 * became a key or a value of the tree, and the written JSON, read back by strict Jackson,
 * equals the tree value for value, key for key, in order.
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
        JsonNode back;
        try {
            back = strict.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw failed("the repaired text does not parse as strict JSON: " + e.getOriginalMessage());
        }
        compare(tree, back, "$");
    }

    private static void compare(ParsedValue expected, JsonNode actual, String path) throws UnrepairableJsonException {
        if (expected instanceof ParsedValue.Obj obj) {
            if (!actual.isObject() || actual.size() != obj.members().size()) throw differs(path, "object");
            Iterator<Map.Entry<String, JsonNode>> fields = actual.fields();
            for (ParsedValue.Member m : obj.members()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(m.key())) throw differs(path, "key " + Token.quote(m.key()));
                compare(m.value(), field.getValue(), path + "." + Token.printable(m.key()));
            }
        } else if (expected instanceof ParsedValue.Arr arr) {
            if (!actual.isArray() || actual.size() != arr.elements().size()) throw differs(path, "array");
            for (int i = 0; i < arr.elements().size(); i++) compare(arr.elements().get(i), actual.get(i), path + "[" + i + "]");
        } else if (expected instanceof ParsedValue.Str s) {
            if (!actual.isTextual() || !actual.textValue().equals(s.value())) throw differs(path, "string");
        } else if (expected instanceof ParsedValue.Num n) {
            if (!actual.isNumber() || !actual.decimalValue().equals(new BigDecimal(n.text()))) throw differs(path, "number " + n.text());
        } else if (expected instanceof ParsedValue.Bool b) {
            if (!actual.isBoolean() || actual.booleanValue() != b.value()) throw differs(path, "boolean");
        } else if (!actual.isNull()) {
            throw differs(path, "null");
        }
    }

    private static UnrepairableJsonException differs(String path, String what) {
        return failed("the repaired JSON does not keep the " + what + " at " + path);
    }

    private static UnrepairableJsonException failed(String why) {
        return new UnrepairableJsonException("self-check failed, nothing should be written: " + why
                + "; please report this input as a bug in the JSON repairer");
    }
}
