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
    static final String SERVICE_SCHEMES = "service_schemes.json";
    static final String ERRNO_FREE = "errno_free_classes.json";
    static final List<String> TABLES = List.of(ERRNO_FREE, ERROR_CODES, EXCEPTION_CLASSES, SERVICE_SCHEMES, CLOSE_CODES);
    static final String FOLDER = "rules/data/";

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // the fields each object may have, as listed in messages
    private static final List<String> ERROR_CODES_FIELDS = List.of("about", "codes");
    private static final List<String> CLOSE_CODES_FIELDS = List.of("about", "application_range", "codes");
    private static final List<String> CLOSE_FIELDS = List.of("failure", "meaning");
    private static final List<String> RANGE_FIELDS = List.of("failure", "from", "meaning", "to");
    private static final List<String> SERVICE_SCHEMES_FIELDS = List.of("about", "schemes");
    // read as web URLs (the url detail) before any service scheme is looked up
    private static final List<String> WEB_SCHEMES = List.of("http", "https", "ws", "wss");
    private static final int MAX_SHOWN = 40;

    private final String file;
    private final String text;
    private final List<RuleProblem> problems;
    private JsonNode root;

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
        // plain loops, no lambdas: a home's own tables are read at every start (see docs/performance.md, session 9)
        Map<String, String> codeCauses = new HashMap<>();
        TableReader codes = table(files, ERROR_CODES, problems);
        if (codes != null) codes.errorCodes(codeCauses);
        Map<String, String> typeCauses = new HashMap<>();
        TableReader classes = table(files, EXCEPTION_CLASSES, problems);
        if (classes != null) classes.exceptionClasses(typeCauses);
        Map<Integer, Knowledge.Close> closeCodes = new HashMap<>();
        TableReader close = table(files, CLOSE_CODES, problems);
        Knowledge.CloseRange range = close == null ? null : close.closeCodes(closeCodes);
        Map<String, Integer> servicePorts = new HashMap<>();
        TableReader schemes = table(files, SERVICE_SCHEMES, problems);
        if (schemes != null) schemes.serviceSchemes(servicePorts);
        Map<String, java.util.Set<String>> errnoFree = new HashMap<>();
        TableReader free = table(files, ERRNO_FREE, problems);
        if (free != null) free.errnoFree(errnoFree);
        if (!problems.isEmpty()) { // in the order of the files, then of the text
            problems.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleCompileException(problems);
        }
        return new Knowledge(typeCauses, codeCauses, closeCodes, range, servicePorts, errnoFree);
    }

    /** The reader of one table file, parsed; null (with a problem) when it is missing or does not parse. */
    private static TableReader table(Map<String, String> files, String name, List<RuleProblem> problems) {
        String f = FOLDER + name;
        String text = files.get(f);
        if (text == null) {
            problems.add(new RuleProblem(f, 0, 0, "table missing"));
            return null;
        }
        TableReader r = new TableReader(f, text, problems);
        r.root = r.parse();
        return r.root == null ? null : r;
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

    private void errorCodes(Map<String, String> out) {
        fields(root, List.of(), ERROR_CODES_FIELDS);
        about();
        JsonNode codes = object(root, List.of("codes"), true);
        if (codes != null) causes(codes, "codes", out);
    }

    private void exceptionClasses(Map<String, String> out) {
        about();
        for (Map.Entry<String, JsonNode> lang : root.properties()) {
            if (lang.getKey().equals("about")) continue;
            JsonNode types = object(root, List.of(lang.getKey()), true);
            if (types != null) causes(types, lang.getKey(), out);
        }
    }

    private Knowledge.CloseRange closeCodes(Map<Integer, Knowledge.Close> out) {
        fields(root, List.of(), CLOSE_CODES_FIELDS);
        about();
        JsonNode codes = object(root, List.of("codes"), true);
        if (codes != null) {
            for (Map.Entry<String, JsonNode> c : codes.properties()) {
                List<String> at = List.of("codes", c.getKey());
                Integer code = closeCode(c.getKey());
                if (code == null) fail(at, "expected a close code from 1000 to 4999 as the key, found '" + shown(c.getKey()) + "'");
                Knowledge.Close close = close(codes, at, CLOSE_FIELDS);
                if (code != null && close != null) out.put(code, close);
            }
        }
        List<String> at = List.of("application_range");
        if (object(root, at, false) == null) return null;
        Knowledge.Close close = close(root, at, RANGE_FIELDS);
        Integer from = closeNumber(root.get("application_range"), at, "from");
        Integer to = closeNumber(root.get("application_range"), at, "to");
        if (from != null && to != null && from > to) fail(List.of("application_range", "to"), "'to' (" + to + ") is below 'from' (" + from + ")");
        return close == null || from == null || to == null || from > to ? null : new Knowledge.CloseRange(from, to, close);
    }

    private void serviceSchemes(Map<String, Integer> out) {
        fields(root, List.of(), SERVICE_SCHEMES_FIELDS);
        about();
        JsonNode schemes = object(root, List.of("schemes"), true);
        if (schemes == null) return;
        for (Map.Entry<String, JsonNode> e : schemes.properties()) {
            String scheme = e.getKey();
            JsonNode port = e.getValue();
            List<String> at = List.of("schemes", scheme);
            if (!isScheme(scheme)) {
                fail(at, "expected a URL scheme as the parsers read it (a-z first, then 1 to 15 of a-z, 0-9 and +) as the key, found '"
                        + shown(scheme) + "'");
            } else if (scheme.endsWith("+srv")) {
                fail(at, "a " + scheme + " URL is read as " + scheme.substring(0, scheme.length() - 4) + "'s: list that scheme instead");
            } else if (WEB_SCHEMES.contains(scheme)) {
                fail(at, "http, https, ws and wss URLs are read as web URLs (the url detail), not as a service's");
            } else if (port.isNull()) {
                out.put(scheme, Knowledge.NO_PORT);
            } else if (!port.isIntegralNumber() || !port.canConvertToInt() || port.intValue() < 1 || port.intValue() > 65535) {
                fail(at, "expected a port from 1 to 65535, or null for a scheme with no usual port, found " + kind(port));
            } else {
                out.put(scheme, port.intValue());
            }
        }
    }

    /** {@code {"python": ["ValueError", ...], ...}}: any language keys, each a list of exception classes as printed. */
    private void errnoFree(Map<String, java.util.Set<String>> out) {
        about();
        for (Map.Entry<String, JsonNode> lang : root.properties()) {
            if (lang.getKey().equals("about")) continue;
            List<String> at = List.of(lang.getKey());
            if (!lang.getValue().isArray()) {
                fail(at, "expected a list of exception classes, found " + kind(lang.getValue()));
                continue;
            }
            java.util.Set<String> classes = new java.util.HashSet<>();
            for (int i = 0; i < lang.getValue().size(); i++) {
                JsonNode c = lang.getValue().get(i);
                if (!c.isTextual() || !isName(c.textValue())) {
                    failAt(at, i, "expected an exception class as printed (no spaces, 1 to 200 characters), found " + kind(c));
                } else if (!classes.add(c.textValue())) {
                    failAt(at, i, "'" + shown(c.textValue()) + "' is listed twice");
                }
            }
            out.put(lang.getKey(), classes);
        }
    }

    /** A URL scheme as {@code parse/NetExtractor} matches it: {@code [a-z][a-z0-9+]{1,15}}. */
    private static boolean isScheme(String s) {
        if (s.length() < 2 || s.length() > 16 || s.charAt(0) < 'a' || s.charAt(0) > 'z') return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+')) return false;
        }
        return true;
    }

    private void about() {
        JsonNode about = root.get("about");
        if (about != null && !about.isTextual()) fail(List.of("about"), "expected a string, found " + kind(about));
    }

    /** Only these fields; each other one is a problem. */
    private void fields(JsonNode node, List<String> at, List<String> known) {
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            if (!known.contains(f.getKey())) {
                fail(append(at, f.getKey()), "unknown field '" + shown(f.getKey()) + "'; known fields: " + String.join(", ", known));
            }
        }
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

    /** Each {@code name: "cause"} of {@code table} (at {@code key}) into {@code out}, when both are well formed. */
    private void causes(JsonNode table, String key, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (!isName(name)) {
                fail(List.of(key, name), "expected a name as printed (no spaces, 1 to 200 characters) as the key, found '" + shown(name) + "'");
            } else if (!value.isTextual() || !isCause(value.textValue())) {
                fail(List.of(key, name), "expected a cause name such as \"connection\" (lower case letters, digits and _), found " + kind(value));
            } else {
                out.put(name, value.textValue());
            }
        }
    }

    /** An exception class or error code as printed: 1 to 200 characters, no white space. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 200) return false;
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) return false;
        return true;
    }

    /** A cause as rules compare it ({@code connection}, a custom pattern's own): a-z first, then a-z, 0-9, _; at most 64. */
    private static boolean isCause(String s) {
        if (s.isEmpty() || s.length() > 64 || s.charAt(0) < 'a' || s.charAt(0) > 'z') return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) return false;
        }
        return true;
    }

    /** {@code {"meaning": "...", "failure": true|false, ...}} at {@code at}; null (with problems) when malformed. */
    private Knowledge.Close close(JsonNode parent, List<String> at, List<String> fields) {
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
        if (s.length() != 4) return null;
        for (int i = 0; i < 4; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        int n = Integer.parseInt(s);
        return n >= 1000 && n <= 4999 ? n : null;
    }

    /** Records a problem at the JSON path {@code at} (its line and column found in the text); returns null. */
    private <T> T fail(List<String> at, String message) {
        int[] where = locate(at);
        problems.add(new RuleProblem(file, where[0], where[1], message + (at.isEmpty() ? "" : " (at " + path(at) + ")")));
        return null;
    }

    /** As {@link #fail}, for the element {@code index} of the list at {@code at} ({@code python[3]}). */
    private void failAt(List<String> at, int index, String message) {
        int[] where = locate(pointer(at).appendIndex(index));
        problems.add(new RuleProblem(file, where[0], where[1], message + " (at " + path(at) + "[" + index + "])"));
    }

    private static JsonPointer pointer(List<String> at) {
        JsonPointer target = JsonPointer.empty();
        for (String key : at) target = target.appendProperty(key);
        return target;
    }

    private int[] locate(List<String> at) {
        return locate(pointer(at));
    }

    /** Line and column of the key (or value) at {@code target}: the tree keeps no locations, so stream the text once more. */
    private int[] locate(JsonPointer target) {
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
