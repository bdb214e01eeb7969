package org.autoheal.strategy.python;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names that moved to another module and behave the same there, so the import can simply
 * follow them. Moves that change behaviour (fractions.gcd → math.gcd for negative numbers,
 * cgi.escape → html.escape, which also escapes quotes) are left out on purpose; a config map can
 * add them for a toolchain that accepts the difference.
 */
final class MovedNames {
    private static final Map<String, String> MOVES = build();

    private MovedNames() {
    }

    /** The module that now holds {@code module.name}, e.g. collections.Mapping → collections.abc. */
    public static Optional<String> newModule(String module, String name) {
        return Optional.ofNullable(MOVES.get(module + "." + name));
    }

    /** All moves, "oldModule.name" → new module. */
    public static Map<String, String> all() {
        return MOVES;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : new String[] {"Mapping", "MutableMapping", "Sequence", "MutableSequence", "Set",
                "MutableSet", "Iterable", "Iterator", "Callable", "Hashable", "Sized", "Container", "Generator",
                "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "KeysView", "ItemsView", "ValuesView",
                "MappingView", "ByteString"}) {
            m.put("collections." + name, "collections.abc");
        }
        // Python 2 urllib functions, identical in Python 3's split modules
        for (String name : new String[] {"quote", "quote_plus", "unquote", "unquote_plus", "urlencode"}) {
            m.put("urllib." + name, "urllib.parse");
        }
        m.put("urllib.urlretrieve", "urllib.request");
        m.put("urllib.pathname2url", "urllib.request");
        m.put("urllib.url2pathname", "urllib.request");
        m.put("pipes.quote", "shlex");   // pipes.quote was shlex.quote; pipes is gone in 3.13
        return Map.copyOf(m);
    }
}
