package org.autoheal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads AutoHeal's own JSON config files strictly: unknown fields, wrong types and syntax
 * errors become a {@link ConfigException} naming file, line, column and a hint.
 */
final class JsonConfigReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonConfigReader() {
    }

    static <T> T read(Path file, String shownAs, Class<T> type) {
        try {
            T value = MAPPER.readValue(Files.readAllBytes(file), type);
            if (value == null) throw new ConfigException(shownAs + ": the file is empty or null; write a JSON object");
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            throw at(shownAs, e, "unknown field '" + e.getPropertyName() + "'" + (known.isEmpty() ? "" : "; known fields: " + known));
        } catch (JsonProcessingException e) {
            throw at(shownAs, e, e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(shownAs + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static ConfigException at(String file, JsonProcessingException e, String message) {
        JsonLocation loc = e.getLocation();
        String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? " (at " + m.getPathReference().replaceAll("^[^\\[]*", "").replace("\"", "") + ")" : "";
        String msg = message.replaceAll("\\s*\\(for .*", "").replaceAll("\\s*at \\[Source.*", "").strip();
        return ConfigException.at(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), msg + path);
    }
}
