package org.autoheal.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads AutoHeal's own JSON config files strictly: unknown fields, wrong types and syntax
 * errors become a {@link ConfigException} naming file, line, column, what is wrong and where in
 * the JSON (e.g. {@code toolchains.build.command[1]}), in the file's words, not Java's.
 */
final class JsonConfigReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // null inside a list or as a map value is never meant: say so instead of failing later
            .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    private static final int MAX_SHOWN_VALUE = 40;

    private JsonConfigReader() {
    }

    static <T> T read(Path file, String shownAs, Class<T> type) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            T value = MAPPER.readValue(bytes, type);
            if (value == null) throw new ConfigException(shownAs + ": the file is empty or null; write a JSON object");
            noNulChars(shownAs, MAPPER.readTree(bytes), "");
            return value;
        } catch (JsonProcessingException e) {
            throw error(shownAs, e);
        } catch (IOException e) {
            throw new ConfigException(shownAs + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A NUL character (written {@code \\u0000}) cannot reach a path, an argv or an environment. */
    static void noNulChars(String file, JsonNode node, String at) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            throw new ConfigException(file + ": a NUL character (\\u0000) is not allowed" + (at.isEmpty() ? "" : " (at " + at + ")"));
        }
        if (node.isArray()) for (int i = 0; i < node.size(); i++) noNulChars(file, node.get(i), at + "[" + i + "]");
        if (node.isObject()) {
            for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                String key = e.getKey();
                String next = plainKey(key) ? (at.isEmpty() ? key : at + "." + key) : at + "[\"" + key.replace("\0", "?") + "\"]";
                if (key.indexOf('\0') >= 0) throw new ConfigException(file + ": a NUL character (\\u0000) is not allowed in a key (at " + next + ")");
                noNulChars(file, e.getValue(), next);
            }
        }
    }

    /** {@code file:line:col: what is wrong (at toolchains.build.command[1])}. */
    static ConfigException error(String file, JsonProcessingException e) {
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            message = "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; known fields: " + known);
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + kind(m.getTargetType()) + ", found " + found(m);
        } else {
            message = beforeLocation(e.getOriginalMessage());
        }
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        JsonLocation loc = e.getLocation();
        return ConfigException.at(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                message + (path.isEmpty() ? "" : " (at " + path + ")"));
    }

    /** The JSON path as written: {@code toolchains.build.command[1]}, odd keys quoted: {@code files["c.json"]}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            String name = r.getFieldName();
            if (name == null) b.append('[').append(r.getIndex()).append(']');
            else if (plainKey(name)) b.append(b.length() == 0 ? "" : ".").append(name);
            else b.append("[\"").append(name).append("\"]");
        }
        return b.toString();
    }

    /** Jackson's message without its own location and Java type suffixes ("(for …)", "at [Source…"): we give file:line:col. */
    private static String beforeLocation(String message) {
        int end = message.length();
        for (String marker : new String[] {"(for ", "at [Source"}) {
            int at = message.indexOf(marker);
            if (at >= 0) end = Math.min(end, at);
        }
        String cut = message.substring(0, end);
        int open = cut.lastIndexOf('(');
        if (open > cut.lastIndexOf(')')) cut = cut.substring(0, open); // "(start marker at [Source…]" lost its end
        return cut.strip();
    }

    /** A key that reads well after a dot (letters, digits, '_' and '-'); others are shown as ["key"]. */
    private static boolean plainKey(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    private static String kind(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) return "a string";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        if (Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        return "an object";
    }

    private static String found(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || p.currentToken() == null) return "nothing";
        return switch (p.currentToken()) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "the string '" + text(p) + "'";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> p.currentToken().isScalarValue() ? p.currentToken().asString() : "something else"; // true, false, null
        };
    }

    private static String text(JsonParser p) {
        try {
            String t = p.getText();
            return t.length() <= MAX_SHOWN_VALUE ? t : t.substring(0, MAX_SHOWN_VALUE - 1) + "…";
        } catch (IOException e) {
            return "a value";
        }
    }
}
