package org.autoheal.strategy.json;

import java.util.List;

/**
 * The tree the tolerant parser read. Numbers keep their source text so that the output
 * writes exactly the digits of the input (1.10 stays 1.10, big integers stay whole).
 */
sealed interface ParsedValue {

    record Obj(List<Member> members) implements ParsedValue {
        public Obj { members = List.copyOf(members); }
    }

    record Member(String key, ParsedValue value) {}

    record Arr(List<ParsedValue> elements) implements ParsedValue {
        public Arr { elements = List.copyOf(elements); }
    }

    record Str(String value) implements ParsedValue {}

    /** {@code text} matches the strict JSON number grammar (checked by the lexer). */
    record Num(String text) implements ParsedValue {}

    record Bool(boolean value) implements ParsedValue {}

    record Null() implements ParsedValue {}

    /** Keys plus scalar leaves: what the lexer must have seen as string, number or word tokens. */
    static long countScalars(ParsedValue value) {
        if (value instanceof Obj obj) {
            long n = obj.members().size();
            for (Member m : obj.members()) n += countScalars(m.value());
            return n;
        }
        if (value instanceof Arr arr) {
            long n = 0;
            for (ParsedValue e : arr.elements()) n += countScalars(e);
            return n;
        }
        return 1;
    }
}
