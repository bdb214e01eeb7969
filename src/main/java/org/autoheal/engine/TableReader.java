package org.autoheal.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.autoheal.facts.Knowledge;

/**
 * Reads the knowledge tables of {@code rules/data/} strictly into a {@link Knowledge}: a syntax error, a
 * duplicate key, an unknown field, a value of the wrong kind or an unknown table file is a {@link RuleProblem}
 * with the file, line and column and the JSON path ({@code at codes.ECONNREFUSED}), reported the way a rule
 * that does not compile is ({@code rules check}, a rejected reload, exit 2 of the commands that load rules).
 */
final class TableReader {
    static final String ERROR_CODES = "error_codes.json";
    static final String EXCEPTION_CLASSES = "exception_classes.json";
    static final String CLOSE_CODES = "websocket_close_codes.json";
    static final List<String> TABLES = List.of(ERROR_CODES, EXCEPTION_CLASSES, CLOSE_CODES);
    static final String FOLDER = "rules/data/";

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** A cause as rules compare it: {@code connection}, {@code file_not_found}, a custom pattern's own. */
    private static final Pattern CAUSE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** An exception class or error code as printed: no spaces, not empty. */
    private static final Pattern NAME = Pattern.compile("\\S{1,200}");
    private static final int MAX_SHOWN = 40;

    private final String file;
    private final String text;
    private final List<RuleProblem> problems;

    private TableReader(String file, String text, List<RuleProblem> problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
    }

    /**
     * The tables in {@code files} ({@code rules/data/NAME.json} to text; each of {@link #TABLES} once).
     *
     * @throws RuleCompileException with every problem found, each naming its file
     */
    static Knowledge read(Map<String, String> files) throws RuleCompileException {
        List<RuleProblem> problems = new ArrayList<>();
        for (String f : files.keySet()) {
            if (!TABLES.contains(name(f))) problems.add(new RuleProblem(f, 0, 0, "not a table AutoHeal reads; the tables in "
                    + FOLDER + " are " + String.join(", ", TABLES) + " (rename or move this file)"));
        }
        Map<String, String> typeCauses = new HashMap<>();
        Map<String, String> codeCauses = new HashMap<>();
        Map<Integer, Knowledge.Close> closeCodes = new HashMap<>();
        Knowledge.CloseRange[] range = new Knowledge.CloseRange[1];
        table(files, ERROR_CODES, problems).ifPresent(t -> t.errorCodes(codeCauses));
        table(files, EXCEPTION_CLASSES, problems).ifPresent(t -> t.exceptionClasses(typeCauses));
        table(files, CLOSE_CODES, problems).ifPresent(t -> range[0] = t.closeCodes(closeCodes));
        if (!problems.isEmpty()) { // in the order of the files, then of the text
            problems.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleCompileException(problems);
        }
        return new Knowledge(typeCauses, codeCauses, closeCodes, range[0]);
    }

    private static java.util.Optional<Table> table(Map<String, String> files, String name, List<RuleProblem> problems) {
        String f = FOLDER + name;
        String text = files.get(f);
        if (text == null) {
            problems.add(new RuleProblem(f, 0, 0, "table missing"));
            return java.util.Optional.empty();
        }
        TableReader r = new TableReader(f, text, problems);
        JsonNode root = r.parse();
        return root == null ? java.util.Optional.empty() : java.util.Optional.of(new Table(r, root));
    }

    private static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The file's JSON object; null (with a problem) when it does not parse or is not an object. */
    private JsonNode parse() {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) return fail(List.of(), "the file is empty; write a JSON object");
            if (!root.isObject()) return fail(List.of(), "expected a JSON object, found " + kind(root));
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int nl = message.indexOf('\n');
            problems.add(new RuleProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    (nl < 0 ? message : message.substring(0, nl)).strip()));
            return null;
        }
    }

    /** One parsed table file, checked field by field. */
    private record Table(TableReader r, JsonNode root) {
        void errorCodes(Map<String, String> out) {
            r.fields(root, List.of(), Set.of("about", "codes"));
            r.about(root);
            JsonNode codes = r.object(root, List.of("codes"), true);
            if (codes != null) codes.fields().forEachRemaining(c -> r.cause(c.getKey(), c.getValue(), List.of("codes", c.getKey()), out));
        }

        void exceptionClasses(Map<String, String> out) {
            r.about(root);
            root.fields().forEachRemaining(lang -> {
                if (lang.getKey().equals("about")) return;
                JsonNode types = r.object(root, List.of(lang.getKey()), true);
                if (types != null) types.fields().forEachRemaining(
                        t -> r.cause(t.getKey(), t.getValue(), List.of(lang.getKey(), t.getKey()), out));
            });
        }

        Knowledge.CloseRange closeCodes(Map<Integer, Knowledge.Close> out) {
            r.fields(root, List.of(), Set.of("about", "codes", "application_range"));
            r.about(root);
            JsonNode codes = r.object(root, List.of("codes"), true);
            if (codes != null) codes.fields().forEachRemaining(c -> {
                List<String> at = List.of("codes", c.getKey());
                Integer code = closeCode(c.getKey());
                if (code == null) r.fail(at, "expected a close code from 1000 to 4999 as the key, found '" + shown(c.getKey()) + "'");
                Knowledge.Close close = r.close(codes, at, Set.of("meaning", "failure"));
                if (code != null && close != null) out.put(code, close);
            });
            List<String> at = List.of("application_range");
            if (r.object(root, at, false) == null) return null;
            Knowledge.Close close = r.close(root, at, Set.of("from", "to", "meaning", "failure"));
            Integer from = r.closeNumber(root.get("application_range"), at, "from");
            Integer to = r.closeNumber(root.get("application_range"), at, "to");
            if (from != null && to != null && from > to) r.fail(List.of("application_range", "to"), "'to' (" + to + ") is below 'from' (" + from + ")");
            return close == null || from == null || to == null || from > to ? null : new Knowledge.CloseRange(from, to, close);
        }
    }

    private void about(JsonNode root) {
        JsonNode about = root.get("about");
        if (about != null && !about.isTextual()) fail(List.of("about"), "expected a string, found " + kind(about));
    }

    /** Only these fields; each other one is a problem. */
    private void fields(JsonNode node, List<String> at, Set<String> known) {
        node.fieldNames().forEachRemaining(n -> {
            if (!known.contains(n)) fail(append(at, n), "unknown field '" + shown(n) + "'; known fields: " + String.join(", ", known.stream().sorted().toList()));
        });
    }

    /** The object at {@code at} (the last key's value in {@code parent}); null when absent or not an object. */
    private JsonNode object(JsonNode parent, List<String> at, boolean required) {
        JsonNode n = parent.get(at.get(at.size() - 1));
        if (n == null) {
            if (required) fail(at.subList(0, at.size() - 1), "field '" + at.get(at.size() - 1) + "' missing: expected an object");
            return null;
        }
        if (!n.isObject()) return fail(at, "expected an object, found " + kind(n));
        return n;
    }

    /** {@code name: "cause"} into {@code out}, when both are well formed. */
    private void cause(String name, JsonNode value, List<String> at, Map<String, String> out) {
        if (!NAME.matcher(name).matches()) {
            fail(at, "expected a name as printed (no spaces, 1 to 200 characters) as the key, found '" + shown(name) + "'");
        } else if (!value.isTextual() || !CAUSE.matcher(value.textValue()).matches()) {
            fail(at, "expected a cause name such as \"connection\" (lower case letters, digits and _), found " + kind(value));
        } else {
            out.put(name, value.textValue());
        }
    }

    /** {@code {"meaning": "...", "failure": true|false, ...}} at {@code at}; null (with problems) when malformed. */
    private Knowledge.Close close(JsonNode parent, List<String> at, Set<String> fields) {
        JsonNode n = object(parent, at, true);
        if (n == null) return null;
        fields(n, at, fields);
        JsonNode meaning = n.get("meaning");
        JsonNode failure = n.get("failure");
        boolean ok = true;
        if (meaning == null || !meaning.isTextual() || meaning.textValue().isBlank()) {
            fail(meaning == null ? at : append(at, "meaning"), meaning == null ? "field 'meaning' missing: expected a string"
                    : "expected a non-empty string, found " + kind(meaning));
            ok = false;
        }
        if (failure == null || !failure.isBoolean()) {
            fail(failure == null ? at : append(at, "failure"), failure == null ? "field 'failure' missing: expected true or false"
                    : "expected true or false, found " + kind(failure));
            ok = false;
        }
        return ok ? new Knowledge.Close(meaning.textValue(), failure.booleanValue()) : null;
    }

    private Integer closeNumber(JsonNode range, List<String> at, String field) {
        JsonNode n = range.get(field);
        if (n == null) return fail(at, "field '" + field + "' missing: expected a close code from 1000 to 4999");
        if (!n.canConvertToInt() || !n.isIntegralNumber() || closeCode(n.asText()) == null) {
            return fail(append(at, field), "expected a close code from 1000 to 4999, found " + kind(n));
        }
        return n.intValue();
    }

    private static Integer closeCode(String s) {
        if (!s.matches("[0-9]{4}")) return null;
        int n = Integer.parseInt(s);
        return n >= 1000 && n <= 4999 ? n : null;
    }

    /** Records a problem at the JSON path {@code at} (its line and column found in the text); returns null. */
    private <T> T fail(List<String> at, String message) {
        int[] where = locate(at);
        problems.add(new RuleProblem(file, where[0], where[1], message + (at.isEmpty() ? "" : " (at " + path(at) + ")")));
        return null;
    }

    /** Line and column of the key (or value) at {@code at}: the tree keeps no locations, so stream the text once more. */
    private int[] locate(List<String> at) {
        JsonPointer target = JsonPointer.empty();
        for (String key : at) target = target.appendProperty(key);
        try (JsonParser p = JSON.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation l = p.currentTokenLocation();
                    return new int[] {l.getLineNr(), l.getColumnNr()};
                }
            }
        } catch (IOException e) {
            // parsed once already; cannot happen
        }
        return new int[] {1, 1};
    }

    private static List<String> append(List<String> at, String key) {
        List<String> out = new ArrayList<>(at);
        out.add(key);
        return out;
    }

    /** The JSON path as written: {@code codes.ECONNREFUSED}, odd keys quoted: {@code python["a b"]}. */
    static String path(List<String> at) {
        StringBuilder b = new StringBuilder();
        for (String key : at) {
            if (key.matches("[A-Za-z0-9_-]+")) b.append(b.length() == 0 ? "" : ".").append(key);
            else b.append("[\"").append(shown(key).replace("\"", "\\\"")).append("\"]");
        }
        return b.toString();
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) return "the string \"" + shown(n.textValue()) + "\"";
        if (n.isNumber()) return "the number " + shown(n.asText());
        if (n.isBoolean()) return n.asText();
        if (n.isNull()) return "null";
        return n.isArray() ? "a list" : "an object";
    }

    /** Bounded, one line: table text is the user's, and a message is one line of a reload log. */
    private static String shown(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN - 1) + "…";
    }
}
