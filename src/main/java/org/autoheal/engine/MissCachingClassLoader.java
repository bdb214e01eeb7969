package org.autoheal.engine;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

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
 * <p>
 * Names under AutoHeal's own packages and the JDK's ({@link #OWN_PREFIXES}, any {@code $} spelling) are
 * looked up in AutoHeal's own jar only, when AutoHeal runs from it: no other jar of the class path
 * holds such a name and no JDK module a package so spelled (MissCachingClassLoaderTest), so that one lookup
 * answers as the whole class path would. Names in the JDK's own packages ({@code java.lang.x}) still go to the
 * parent, which asks the module that owns the package. These were the other half of a cold start's misses
 * ({@code org.autoheal.facts$x}, {@code java.lang$x}, ...: MVEL's spellings of an identifier in an imported
 * package). Run from classes folders (tests), the parent answers them: test classes in AutoHeal's packages (a test
 * rule's {@code Spin}) live in another folder of the class path.
 */
final class MissCachingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final int MAX_MISSES = 50_000;
    /** The bundled rules' package, as MVEL also spells its names: {@code $} for any of its dots. */
    static final String RULES_PACKAGE = "org.autoheal.rules.";
    /** Name prefixes (every {@code $} read as a dot) under which only AutoHeal's own code and the JDK's modules hold classes. */
    static final List<String> OWN_PREFIXES = List.of("org.autoheal.", "java.");
    private static final MissCachingClassLoader APPLICATION = new MissCachingClassLoader(MissCachingClassLoader.class.getClassLoader());

    private final Set<String> misses = ConcurrentHashMap.newKeySet();
    /** AutoHeal's own jar, the code source of this class (not the jars its manifest names); null when run from folders. */
    private final JarFile ownJar;

    private MissCachingClassLoader(ClassLoader parent) {
        this(parent, codeSource());
    }

    /** With {@code own} as AutoHeal's code: a jar is asked first; a classes folder or null leaves every name to the parent. */
    MissCachingClassLoader(ClassLoader parent, File own) {
        super("autoheal-rules", parent);
        JarFile jar = null;
        try {
            // the zip index is read once per JVM: shared with the class path's own open jar
            if (own != null && own.isFile()) jar = new JarFile(own, false, ZipFile.OPEN_READ, JarFile.runtimeVersion());
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            jar = null; // not readable: the parent answers every name
        }
        ownJar = jar;
    }

    private static File codeSource() {
        try {
            return new File(MissCachingClassLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** The loader for AutoHeal's own class path: one per JVM, so its misses serve every rule base. */
    static MissCachingClassLoader application() {
        return APPLICATION;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (misses.contains(name) || inRulesPackage(name)) throw new ClassNotFoundException(name);
        if (onlyOwnCodeCanHold(name) && !ownCodeHolds(name.replace('.', '/') + ".class")) {
            if (misses.size() < MAX_MISSES) misses.add(name);
            throw new ClassNotFoundException(name);
        }
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

    /** Under an own prefix and not in a JDK package as spelled ({@code java.lang$x} is in package {@code java}). */
    static boolean onlyOwnCodeCanHold(String name) {
        String dotted = name.replace('$', '.');
        String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        if (pkg.startsWith("java.")) return false;
        for (String prefix : OWN_PREFIXES) {
            if (dotted.startsWith(prefix)) return true;
        }
        return false;
    }

    /**
     * Only AutoHeal's jar (the launcher's {@code -jar}) answers alone. Run from classes folders (tests, an IDE), other
     * folders of the class path hold classes in AutoHeal's packages too (test classes that test rules use): the parent
     * answers, as it did before this shortcut.
     */
    private boolean ownCodeHolds(String path) {
        return ownJar == null || ownJar.getJarEntry(path) != null;
    }

    int misses() {
        return misses.size();
    }
}
