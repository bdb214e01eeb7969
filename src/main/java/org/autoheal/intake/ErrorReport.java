package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * One error reported by another program: the raw text, or the parsed fields ({@code type},
 * {@code message}, {@code file}, {@code line}), the toolchain it came from, and whether the
 * reporter asks for a heal (honoured only when {@code intake.heal} allows it).
 */
record ErrorReport(String tool, String text, Integer exitCode, boolean healRequested) {
    /** The body's fields; any other is refused, as in config files. */
    static final Set<String> FIELDS = Set.of("tool", "text", "exit_code", "heal", "type", "message", "file", "line");

    /** Reads a request body; a field of the wrong kind is a {@link BadRequest} naming it. */
    static ErrorReport from(JsonNode body) {
        if (body == null || !body.isObject()) throw new BadRequest("the body must be a JSON object");
        String tool = text(body, "tool");
        String text = text(body, "text");
        if (text == null) text = fromFields(body);
        if (text == null || text.isBlank()) throw new BadRequest("give \"text\" (the error output) or \"type\" and \"message\"");
        JsonNode exit = body.get("exit_code");
        if (exit != null && !exit.isNull() && !exit.canConvertToInt()) throw new BadRequest("\"exit_code\" must be an integer");
        JsonNode heal = body.get("heal");
        if (heal != null && !heal.isNull() && !heal.isBoolean()) throw new BadRequest("\"heal\" must be true or false");
        return new ErrorReport(tool, text, exit == null || exit.isNull() ? null : exit.asInt(),
                heal != null && heal.asBoolean(false));
    }

    /** Parsed fields become the one-line form every parser reads ("Type: message", then the location). */
    private static String fromFields(JsonNode body) {
        String type = text(body, "type");
        String message = text(body, "message");
        if (type == null && message == null) return null;
        StringBuilder s = new StringBuilder();
        String file = text(body, "file");
        JsonNode line = body.get("line");
        if (file != null) {
            s.append("  File \"").append(file).append('"');
            if (line != null && line.canConvertToInt()) s.append(", line ").append(line.asInt());
            s.append('\n');
        }
        if (type != null) s.append(type).append(": ");
        return s.append(message == null ? "" : message).append('\n').toString();
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new BadRequest("\"" + field + "\" must be a string");
        return n.asText();
    }

    /** A request the intake cannot serve as sent: 400 with this message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
