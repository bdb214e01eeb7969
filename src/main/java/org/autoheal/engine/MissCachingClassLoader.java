package org.autoheal.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parent class loader of every rule base, remembering which names are not classes. MVEL asks,
 * for each identifier of a constraint or consequence it compiles ({@code language}, {@code cause},
 * ...), whether it is a class in one of the rule file's imported packages; each such miss searched
 * every jar of the class path, again and again for the same names: 10-25 % of loading the rules
 * from the cache and of the first decision (docs/performance.md, session 7). A miss is remembered,
 * so the same question is answered from a set. Only misses of this loader's parent (the application
 * class path, fixed for the life of the JVM) are remembered; classes Drools defines at run time
 * live in its own loaders, below this one, and are never looked up here first.
 * <p>
 * Names in the bundled rules' package are misses without a search: that package is the DRL's, whose
 * function classes Drools defines in its own loaders after asking this one, and no class of the
 * application class path is in it (MissCachingClassLoaderTest). Those were half of a cold start's
 * 700 first-time misses, each a search of every jar (docs/performance.md, session 15).
 */
final class MissCachingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final int MAX_MISSES = 50_000;
    /** The bundled rules' package, as MVEL also spells its names: {@code $} for any of its dots. */
    static final String RULES_PACKAGE = "org.autoheal.rules.";
    private static final MissCachingClassLoader APPLICATION = new MissCachingClassLoader(MissCachingClassLoader.class.getClassLoader());

    private final Set<String> misses = ConcurrentHashMap.newKeySet();

    private MissCachingClassLoader(ClassLoader parent) {
        super("autoheal-rules", parent);
    }

    /** The loader for AutoHeal's own class path: one per JVM, so its misses serve every rule base. */
    static MissCachingClassLoader application() {
        return APPLICATION;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (misses.contains(name) || inRulesPackage(name)) throw new ClassNotFoundException(name);
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException e) {
            if (misses.size() < MAX_MISSES) misses.add(name);
            throw e;
        }
    }

    static boolean inRulesPackage(String name) {
        return name.replace('$', '.').startsWith(RULES_PACKAGE);
    }

    int misses() {
        return misses.size();
    }
}
