package org.autoheal.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.autoheal.json.Json;

/**
 * Request bodies parsed as strictly as AutoHeal's config files: malformed JSON and an unknown
 * top-level field are a {@link ErrorReport.BadRequest} with line and column, so a misspelt field
 * ("exitcode") is not silently ignored.
 */
final class RequestJson {
    private RequestJson() {
    }

    static JsonNode parse(byte[] body, Set<String> known) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("malformed JSON", e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree != null && tree.isObject()) {
            for (var names = tree.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) throw unknown(body, name, known);
            }
        }
        return tree;
    }

    /** The tree keeps no positions: a second, streaming pass finds where the unknown field is. */
    private static ErrorReport.BadRequest unknown(byte[] body, String name, Set<String> known) {
        JsonLocation at = null;
        try (JsonParser p = Json.MAPPER.createParser(body)) {
            p.nextToken();
            while (at == null && p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.currentName().equals(name)) at = p.currentTokenLocation();
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the body parsed once already
        }
        return bad("unknown field '" + name + "'", at, "known fields: " + String.join(", ", new TreeSet<>(known)));
    }

    private static ErrorReport.BadRequest bad(String what, JsonLocation at, String detail) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ErrorReport.BadRequest(what + where + ": " + detail);
    }
}
