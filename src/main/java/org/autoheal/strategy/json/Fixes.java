package org.autoheal.strategy.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the tolerant reader had to change, by kind and line, and renders one line per
 * kind ("removed 2 comments at lines 1, 3"). Every deviation from strict JSON must be recorded
 * here: an empty list is the caller's signal that the input already was valid.
 */
final class Fixes {
    private static final int MAX_LINES_SHOWN = 10;

    enum Kind {
        BOM("removed byte order mark", "removed byte order mark"),
        COMMENT("removed comment at %2$s", "removed %1$d comments at %2$s"),
        TRAILING_COMMA("removed trailing comma at %2$s", "removed %1$d trailing commas at %2$s"),
        SINGLE_QUOTES("replaced single quotes with double quotes for the string at %2$s",
                "replaced single quotes with double quotes for %1$d strings at %2$s"),
        UNQUOTED_KEY("quoted unquoted key at %2$s", "quoted %1$d unquoted keys at %2$s"),
        MISSING_COMMA("inserted missing comma at %2$s", "inserted %1$d missing commas at %2$s"),
        PYTHON_LITERAL("replaced Python literal (True/False/None) at %2$s",
                "replaced %1$d Python literals (True/False/None) at %2$s"),
        CONTROL_CHARACTER("escaped raw control character in the string at %2$s",
                "escaped %1$d raw control characters in strings at %2$s"),
        SINGLE_QUOTE_ESCAPE("dropped needless backslash before ' in the string at %2$s",
                "dropped %1$d needless backslashes before ' in strings at %2$s"),
        UNCLOSED_STRING("closed string left open at end of file (opened at %2$s)",
                "closed %1$d strings left open at end of file (opened at %2$s)"),
        UNCLOSED_BRACKET("closed bracket left open at end of file (opened at %2$s)",
                "closed %1$d brackets left open at end of file (opened at %2$s)");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private final Map<Kind, List<Integer>> lines = new EnumMap<>(Kind.class);
    private final List<Kind> order = new ArrayList<>();

    void add(Kind kind, int line) {
        List<Integer> seen = lines.get(kind);
        if (seen == null) {
            seen = new ArrayList<>();
            lines.put(kind, seen);
            order.add(kind);
        }
        seen.add(line);
    }

    boolean isEmpty() {
        return order.isEmpty();
    }

    /** One line per kind, in the order each kind was first met. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Kind kind : order) {
            List<Integer> at = lines.get(kind);
            String template = at.size() == 1 ? kind.one : kind.many;
            out.add(String.format(template, at.size(), lineList(at)));
        }
        return out;
    }

    private static String lineList(List<Integer> at) {
        Set<Integer> distinct = new LinkedHashSet<>(at);
        StringBuilder s = new StringBuilder(distinct.size() == 1 ? "line " : "lines ");
        int shown = 0;
        for (int line : distinct) {
            if (shown == MAX_LINES_SHOWN) {
                return s.append(" and ").append(distinct.size() - shown).append(" more").toString();
            }
            if (shown++ > 0) s.append(", ");
            s.append(line);
        }
        return s.toString();
    }
}
