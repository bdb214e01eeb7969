package org.autoheal.strategy.pip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The top-level standard-library module names of CPython 3.11, from a bundled resource. */
final class StandardLibrary {
    static final String RESOURCE = "stdlib-modules.txt";
    private static final Set<String> NAMES = load();

    private StandardLibrary() {}

    static boolean contains(String topLevelName) {
        return NAMES.contains(topLevelName);
    }

    static int size() {
        return NAMES.size();
    }

    private static Set<String> load() {
        try (InputStream in = StandardLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource org/autoheal/strategy/pip/" + RESOURCE
                        + " is missing from the classpath; rebuild the jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/autoheal/strategy/pip/" + RESOURCE, e);
        }
    }
}
