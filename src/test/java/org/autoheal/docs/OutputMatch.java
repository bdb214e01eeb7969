package org.autoheal.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the output a guide shows with the real one. In text, "…" stands for any run of
 * characters within one line; in JSON, a string value "…" stands for any value. Anything else
 * must be equal, line by line (trailing blanks ignored), field by field.
 */
final class OutputMatch {
    static final String ANY = "…";

    private OutputMatch() {
    }

    /** Null when the actual text matches the expected one, else a description of the first difference. */
    static String text(String expected, String actual) {
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
            String e = i < exp.size() ? exp.get(i) : null;
            String a = i < act.size() ? act.get(i) : null;
            if (e == null || a == null || !line(e).matcher(a).matches()) {
                return "output line " + (i + 1) + ":\n  guide:  " + e + "\n  actual: " + a;
            }
        }
        return null;
    }

    /** Null when the actual JSON matches the expected one, else the path of the first difference. */
    static String json(JsonNode expected, JsonNode actual) {
        return json("$", expected, actual);
    }

    private static String json(String path, JsonNode e, JsonNode a) {
        if (e.isTextual() && e.asText().equals(ANY)) return null;
        if (a == null || e.getNodeType() != a.getNodeType() || e.size() != a.size()) {
            return path + ": guide has " + e + ", actual " + a;
        }
        if (e.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String d = json(path + "." + f.getKey(), f.getValue(), a.get(f.getKey()));
                if (d != null) return d;
            }
            return null;
        }
        if (e.isArray()) {
            for (int i = 0; i < e.size(); i++) {
                String d = json(path + "[" + i + "]", e.get(i), a.get(i));
                if (d != null) return d;
            }
            return null;
        }
        return e.equals(a) ? null : path + ": guide has " + e + ", actual " + a;
    }

    private static Pattern line(String expected) {
        return Pattern.compile(Arrays.stream(expected.split(ANY, -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n", -1)) out.add(l.stripTrailing());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
