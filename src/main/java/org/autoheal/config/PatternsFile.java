package org.autoheal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.autoheal.facts.CustomPattern;

/**
 * config/autoheal_patterns.json in the seed's format: {@code {"Name": {"pattern", "solution",
 * "description"}}}. A bad regex or an unknown solution is a config error naming the pattern.
 */
final class PatternsFile {
    static final String SHOWN = "config/autoheal_patterns.json";

    record Entry(String pattern, String solution, String description) {
    }

    private PatternsFile() {
    }

    static List<CustomPattern> load(Path file, Set<String> strategies, Duration budget) {
        var type = JsonConfigReader.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Entry.class);
        LinkedHashMap<String, Entry> entries;
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            entries = JsonConfigReader.MAPPER.readValue(bytes, type);
            if (entries != null) JsonConfigReader.noNulChars(SHOWN, JsonConfigReader.MAPPER.readTree(bytes), "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw JsonConfigReader.error(SHOWN, e);
        } catch (java.io.IOException e) {
            throw new ConfigException(SHOWN + ": cannot read: " + e.getMessage(), e);
        }
        List<CustomPattern> out = new ArrayList<>();
        if (entries == null) return out;
        entries.forEach((name, e) -> out.add(pattern(name, e, strategies, budget)));
        return out;
    }

    static CustomPattern pattern(String name, Entry e, Set<String> strategies, Duration budget) {
        String where = SHOWN + ": pattern '" + ConfigChecks.clip(name) + "'";
        if (name.isBlank()) throw new ConfigException(SHOWN + ": a pattern needs a name (the key), found an empty string");
        if (e == null) throw new ConfigException(where + ": expected an object {\"pattern\", \"solution\", \"description\"}, found null");
        if (e.pattern() == null || e.pattern().isEmpty()) throw new ConfigException(where + ": 'pattern' is required (a regular expression)");
        // no solution: a diagnose-only pattern (DESIGN §3)
        if (e.solution() != null && !strategies.contains(e.solution())) {
            throw new ConfigException(where + ": unknown solution '" + e.solution() + "'; known strategies: " + new TreeSet<>(strategies));
        }
        try {
            return new CustomPattern(name, Pattern.compile(e.pattern()), e.solution(),
                    e.description() == null ? "" : e.description(), budget.toNanos());
        } catch (PatternSyntaxException bad) {
            throw new ConfigException(where + ": bad regex: " + bad.getDescription() + " near index " + bad.getIndex()
                    + " of " + e.pattern());
        }
    }
}
