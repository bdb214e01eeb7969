package org.autoheal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Knowledge that is a table, read by rules through the global {@code known}: exception classes and
 * error codes that mean one cause, WebSocket close codes. The tables are the JSON files under
 * {@code rules/data/} (bundled in the jar); this class only looks them up and decides nothing.
 */
public final class Knowledge {
    static final String BUNDLED = "autoheal/rules/data/";
    private static volatile Knowledge bundled;

    private final Map<String, String> typeCauses = new HashMap<>();
    private final Map<String, String> codeCauses = new HashMap<>();
    private final Map<Integer, JsonNode> closeCodes = new HashMap<>();
    private JsonNode appRange;

    /** The tables shipped with AutoHeal, read once. */
    public static Knowledge bundled() {
        Knowledge k = bundled;
        if (k == null) {
            k = new Knowledge();
            k.read(BUNDLED);
            bundled = k;
        }
        return k;
    }

    private void read(String folder) {
        ObjectMapper json = new ObjectMapper();
        JsonNode types = load(json, folder + "exception_classes.json");
        types.fields().forEachRemaining(lang -> {
            if (lang.getValue().isObject()) lang.getValue().fields().forEachRemaining(t -> typeCauses.put(t.getKey(), t.getValue().asText()));
        });
        load(json, folder + "error_codes.json").path("codes").fields().forEachRemaining(c -> codeCauses.put(c.getKey(), c.getValue().asText()));
        JsonNode ws = load(json, folder + "websocket_close_codes.json");
        ws.path("codes").fields().forEachRemaining(c -> closeCodes.put(Integer.parseInt(c.getKey()), c.getValue()));
        appRange = ws.path("application_range");
    }

    private static JsonNode load(ObjectMapper json, String resource) {
        try (InputStream in = Knowledge.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("rule data missing from the classpath: " + resource);
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule data " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The cause that the first of these exception names (as printed, full or simple) means; null when none is known. */
    public String causeOfType(Collection<String> types) {
        for (String t : types) {
            String c = typeCauses.get(t);
            if (c != null) return c;
        }
        return null;
    }

    /** The cause an error code (ECONNREFUSED, ERR_REQUIRE_ESM, ...) means; null when unknown. */
    public String causeOfCode(String code) {
        return code == null ? null : codeCauses.get(code);
    }

    /** True when a WebSocket close code says the connection ended abnormally. */
    public boolean closeFailure(String code) {
        Integer closeCode = number(code);
        if (closeCode == null) return false;
        JsonNode c = closeCodes.get(closeCode);
        if (c != null) return c.path("failure").asBoolean();
        return closeCode >= appRange.path("from").asInt(4000) && closeCode <= appRange.path("to").asInt(4999)
                && appRange.path("failure").asBoolean();
    }

    /** What a close code means ("internal error"); null when not in the table. */
    public String closeMeaning(String code) {
        Integer closeCode = number(code);
        JsonNode c = closeCode == null ? null : closeCodes.get(closeCode);
        return c == null ? closeCode != null && closeCode >= 4000 && closeCode <= 4999 ? appRange.path("meaning").asText() : null
                : c.path("meaning").asText();
    }
}
