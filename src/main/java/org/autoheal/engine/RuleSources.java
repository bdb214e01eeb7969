package org.autoheal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The DRL texts to compile, keyed by a path relative to the rules folder (used in messages).
 * A home's {@code rules/**.drl} wins; without that folder the defaults bundled in the jar apply.
 * The knowledge tables of {@code rules/data/} are found the same way ({@link RuleTables}).
 */
public final class RuleSources {
    static final String BUNDLED = "autoheal/rules";

    private RuleSources() {
    }

    /** Rules of a home: {@code <home>/rules/**.drl} if the folder exists, else the bundled defaults. */
    public static Map<String, String> forHome(Path home) {
        Path dir = home.resolve("rules");
        return Files.isDirectory(dir) ? fromFolder(dir, "rules/") : bundled();
    }

    public static Map<String, String> fromFolder(Path dir, String prefix) {
        return fromFolder(dir, prefix, ".drl");
    }

    /**
     * Files of the rules folder whose name ends with {@code suffix} ({@code .examples.json}: rule
     * examples), found the way the rule files are: the home's {@code rules/} if it exists, else the jar's.
     */
    public static Map<String, String> forHome(Path home, String suffix) {
        Path dir = home.resolve("rules");
        return Files.isDirectory(dir) ? fromFolder(dir, "rules/", suffix) : bundled(suffix);
    }

    static Map<String, String> fromFolder(Path dir, String prefix, String suffix) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(suffix))
                    .filter(Files::isRegularFile).sorted()::iterator) {
                out.put(prefix + dir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The knowledge tables a home's {@code rules/} holds itself: {@code rules/data/*.json} (rule examples
     * excepted), name ({@code rules/data/error_codes.json}) to text; empty when it has none.
     */
    static Map<String, String> ownTables(Path rulesDir) {
        Path data = rulesDir.resolve("data");
        if (!Files.isDirectory(data)) return Map.of();
        Map<String, String> out = new TreeMap<>(); // sorted by name
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data)) { // no stream pipeline: read at every start
            for (Path f : files) if (isTable(f)) out.put("rules/data/" + f.getFileName(), Files.readString(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tables in " + data + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A table file of {@code rules/data/}: a JSON file that is not rule examples. */
    static boolean isTable(Path f) {
        String name = f.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".examples.json") && Files.isRegularFile(f);
    }

    /** The text of a table bundled in the jar ({@code error_codes.json}). */
    static String bundledTable(String name) {
        String resource = BUNDLED + "/data/" + name;
        try (var in = RuleSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("rule data missing from the classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule data " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The default rules shipped in the jar (or in target/classes when run from the build). */
    public static Map<String, String> bundled() {
        return bundled(".drl");
    }

    static Map<String, String> bundled(String suffix) {
        URL url = RuleSources.class.getClassLoader().getResource(BUNDLED);
        if (url == null) throw new IllegalStateException("bundled rules missing from the classpath: " + BUNDLED);
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return fromFolder(Path.of(uri), "rules/", suffix);
            if (url.openConnection() instanceof JarURLConnection jar && "file".equals(jar.getJarFileURL().getProtocol())) {
                return fromJar(Path.of(jar.getJarFileURL().toURI()), suffix);
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fromFolder(fs.getPath(BUNDLED), "rules/", suffix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read bundled rules: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled files of AutoHeal's jar, read with {@link JarFile}: the same names and texts as the
     * jar's file system would give, without setting one up (10-20 ms of a cold start).
     */
    static Map<String, String> fromJar(Path jarPath, String suffix) throws IOException {
        Map<String, String> out = new TreeMap<>();
        String prefix = BUNDLED + "/";
        try (JarFile jar = new JarFile(jarPath.toFile(), false)) {
            for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                String name = e.getName();
                if (e.isDirectory() || !name.startsWith(prefix) || !name.endsWith(suffix)) continue;
                try (var in = jar.getInputStream(e)) {
                    out.put("rules/" + name.substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
