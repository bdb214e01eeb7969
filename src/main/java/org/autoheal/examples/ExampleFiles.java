package org.autoheal.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.engine.RuleSources;
import org.autoheal.examples.RuleExample.Expectation;

/**
 * Reads {@code rules/**&#47;*.examples.json}: found like the rule files (the home's {@code rules/},
 * else the jar's), read strictly (an unknown key is a typo, not an option), every problem named
 * with the file, the JSON path and what was expected.
 */
public final class ExampleFiles {
    public static final String SUFFIX = ".examples.json";
    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> EXAMPLE_KEYS = Set.of("name", "text", "tool", "command", "exit_code", "home", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("cause", "details", "proposals", "not_proposals");

    private ExampleFiles() {
    }

    /** The examples beside the rules a home decides with, in file order. */
    public static List<RuleExample> forHome(Path home) {
        return read(texts(home));
    }

    /** File name to text of every examples file, for change detection. */
    public static Map<String, String> texts(Path home) {
        return RuleSources.forHome(home, SUFFIX);
    }

    public static List<RuleExample> read(Map<String, String> texts) {
        List<RuleExample> all = new ArrayList<>();
        texts.forEach((file, text) -> all.addAll(parse(file, text)));
        return all;
    }

    public static List<RuleExample> parse(String file, String text) {
        JsonNode root;
        try {
            root = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ExampleFileException(file + where + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) throw bad(file, "", "a list of examples ([{\"name\": …, \"text\": …, \"expect\": {…}}, …])");
        List<RuleExample> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            RuleExample e = example(file, "[" + i + "]", root.get(i));
            if (!names.add(e.name())) throw bad(file, "[" + i + "].name", "a name not used before in this file ('" + e.name() + "' is)");
            out.add(e);
        }
        return out;
    }

    private static RuleExample example(String file, String at, JsonNode n) {
        if (!n.isObject()) throw bad(file, at, "an object");
        unknownKeys(file, at, n, EXAMPLE_KEYS);
        String name = string(file, at + ".name", n.get("name"), false);
        if (name.isBlank()) throw bad(file, at + ".name", "a non-empty name");
        String text = string(file, at + ".text", n.get("text"), false);
        String tool = string(file, at + ".tool", n.get("tool"), true);
        JsonNode exit = n.get("exit_code");
        if (exit != null && !exit.isNull() && !(exit.isIntegralNumber() && exit.canConvertToInt())) {
            throw bad(file, at + ".exit_code", "an integer or null");
        }
        Integer exitCode = exit == null || exit.isNull() ? null : exit.asInt();
        JsonNode argv = n.get("command");
        List<String> command = argv == null || argv.isNull() ? null : strings(file, at + ".command", argv, "a list of strings (the argv)");
        return new RuleExample(file, name, text, tool, command, exitCode, home(file, at + ".home", n.get("home")),
                expectation(file, at + ".expect", n.get("expect")));
    }

    private static Map<String, String> home(String file, String at, JsonNode n) {
        Map<String, String> files = new LinkedHashMap<>();
        if (n == null || n.isNull()) return files;
        if (!n.isObject()) throw bad(file, at, "an object of relative path to file content");
        for (var f : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
            String path = f.getKey();
            String where = at + "[\"" + path + "\"]";
            if (!ExampleHome.isRelativeInside(path)) throw bad(file, where, "a relative path inside the home (no '..', not absolute)");
            JsonNode v = f.getValue();
            if (v.isTextual()) files.put(path, v.asText());
            else if (v.isContainerNode()) files.put(path, v.toPrettyString());
            else throw bad(file, where, "the file's text (a string) or its JSON (an object or a list)");
        }
        return files;
    }

    private static Expectation expectation(String file, String at, JsonNode n) {
        if (n == null || !n.isObject()) throw bad(file, at, "an object {\"cause\": …, \"details\": {…}, \"proposals\": […]}");
        unknownKeys(file, at, n, EXPECT_KEYS);
        if (!n.has("cause")) throw bad(file, at + ".cause", "the expected cause (a string, or null: no diagnosis)");
        String cause = string(file, at + ".cause", n.get("cause"), true);
        Map<String, String> details = new LinkedHashMap<>();
        JsonNode d = n.get("details");
        if (d != null && !d.isNull()) {
            if (!d.isObject()) throw bad(file, at + ".details", "an object of detail name to value (null: the detail is absent)");
            for (var f : (Iterable<Map.Entry<String, JsonNode>>) d::fields) {
                JsonNode v = f.getValue();
                if (v.isContainerNode()) throw bad(file, at + ".details." + f.getKey(), "a string, number, boolean or null");
                details.put(f.getKey(), v.isNull() ? null : v.asText());
            }
        }
        return new Expectation(cause, details, strings(file, at + ".proposals", n.get("proposals")),
                strings(file, at + ".not_proposals", n.get("not_proposals")));
    }

    private static List<String> strings(String file, String at, JsonNode n) {
        return strings(file, at, n, "a list of strategy names");
    }

    private static List<String> strings(String file, String at, JsonNode n, String expected) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw bad(file, at, expected);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(string(file, at + "[" + i + "]", n.get(i), false));
        return List.copyOf(out);
    }

    private static String string(String file, String at, JsonNode n, boolean nullable) {
        if ((n == null || n.isNull()) && nullable) return null;
        if (n == null || !n.isTextual()) throw bad(file, at, nullable ? "a string or null" : "a string");
        return n.asText();
    }

    private static void unknownKeys(String file, String at, JsonNode n, Set<String> known) {
        n.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) throw bad(file, at + "." + k, "one of " + new java.util.TreeSet<>(known) + " (unknown key)");
        });
    }

    private static ExampleFileException bad(String file, String at, String expected) {
        return new ExampleFileException(file + ": " + (at.isEmpty() ? "" : at + ": ") + "expected " + expected);
    }
}
