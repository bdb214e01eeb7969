package org.autoheal.strategy.pip;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Python import name to the PyPI distribution that provides it. Well-known
 * mismatches are built in ({@code yaml} is provided by {@code PyYAML}); the config's
 * {@code install.module_map} extends and overrides them. The longest dotted prefix
 * with an entry wins, so {@code google.protobuf.message} resolves to {@code protobuf};
 * without an entry the top-level name is taken as the distribution name.
 */
final class DistributionNames {

    /** The answer for one import name: a distribution, or why there is none. */
    public record Resolution(String importName, String distribution, String refusal) {
        public boolean refused() { return refusal != null; }
    }

    // Namespace packages: the root alone names an unrelated (or no) distribution.
    private static final Set<String> NAMESPACE_ROOTS = Set.of("google", "azure");

    // Python 2 standard modules: a PyPI package of that name is never the fix.
    private static final Set<String> PYTHON2_ONLY = Set.of(
            "urllib2", "urlparse", "ConfigParser", "Queue", "StringIO", "cStringIO", "cPickle",
            "HTMLParser", "httplib", "Tkinter", "tkMessageBox", "__builtin__", "commands",
            "SocketServer", "xmlrpclib", "cookielib", "Cookie", "htmlentitydefs", "thread",
            "dummy_thread", "copy_reg", "anydbm", "whichdb", "sets", "md5", "sha", "exceptions");

    private final Map<String, String> map;

    /** The built-in map only. */
    public static DistributionNames builtIn() {
        return new DistributionNames(Map.of());
    }

    /**
     * The built-in map overlaid with {@code configMap} (import name to distribution).
     *
     * @throws IllegalArgumentException naming the entry when a key is not an import
     *         name or a value is not a bare distribution name
     */
    public DistributionNames(Map<String, String> configMap) {
        Map<String, String> merged = new HashMap<>(BuiltInDistributions.MAP);
        configMap.forEach((importName, distribution) -> {
            PackageNames.importNameProblem(importName).ifPresent(p -> {
                throw new IllegalArgumentException("install.module_map: " + p + "; fix the key in config/autoheal.json");
            });
            PackageNames.distributionProblem(distribution).ifPresent(p -> {
                throw new IllegalArgumentException("install.module_map[" + importName + "]: " + p
                        + "; give a bare PyPI name in config/autoheal.json");
            });
            merged.put(importName, distribution);
        });
        this.map = Map.copyOf(merged);
    }

    /** Resolves {@code importName}; refusals carry a reason that says what to do instead. */
    public Resolution resolve(String importName) {
        var problem = PackageNames.importNameProblem(importName);
        if (problem.isPresent()) return refuse(importName, problem.get());
        String top = PackageNames.topLevel(importName);
        if (StandardLibrary.contains(top)) {
            return refuse(importName, "'" + top + "' is part of the Python standard library, not installable from PyPI;"
                    + " check the interpreter installation or the import statement");
        }
        if (PYTHON2_ONLY.contains(top)) {
            return refuse(importName, "'" + top + "' is a Python 2 standard module, not installable from PyPI;"
                    + " port the import to Python 3");
        }
        for (String prefix = importName; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
            String distribution = map.get(prefix);
            if (distribution != null) return new Resolution(importName, distribution, null);
            if (prefix.indexOf('.') < 0) break;
        }
        if (NAMESPACE_ROOTS.contains(top)) {
            return refuse(importName, "'" + top + "' is a namespace shared by many distributions;"
                    + " add the import name to install.module_map in config/autoheal.json");
        }
        return new Resolution(importName, top, null);
    }

    /** True when the top-level part of {@code importName} is a Python 3.11 standard module. */
    public static boolean isStdlib(String importName) {
        return StandardLibrary.contains(PackageNames.topLevel(importName));
    }

    private static Resolution refuse(String importName, String reason) {
        return new Resolution(PackageNames.quote(importName), null, reason);
    }
}
