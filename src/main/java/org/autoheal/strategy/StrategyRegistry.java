package org.autoheal.strategy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Settings;

/**
 * Every strategy by name: the eight built in, command strategies declared in
 * config/autoheal.json, and Java strategies from jars in {@code <home>/plugins/} (ServiceLoader).
 */
public final class StrategyRegistry {
    private final Map<String, Strategy> byName = new LinkedHashMap<>();

    public StrategyRegistry(Collection<Strategy> strategies) {
        for (Strategy s : strategies) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new ConfigException("two strategies are named '" + s.name() + "'; rename one");
            }
        }
    }

    /** Built-ins, then the home's command strategies, then its plugins. */
    public static StrategyRegistry forHome(Path home, Settings settings, List<Strategy> builtins) {
        List<Strategy> all = new ArrayList<>(builtins);
        settings.strategies().forEach((name, c) -> all.add(new CommandStrategy(name, c)));
        all.addAll(plugins(home.resolve("plugins")));
        return new StrategyRegistry(all);
    }

    /** Strategies from {@code plugins/*.jar}, found through META-INF/services/org.autoheal.strategy.Strategy. */
    public static List<Strategy> plugins(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar")).sorted()::iterator) {
                requireJar(p);
                jars.add(p.toUri().toURL());
            }
        } catch (IOException e) {
            throw new ConfigException("plugins/: cannot list " + dir + ": " + e.getMessage());
        }
        if (jars.isEmpty()) return List.of();
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), StrategyRegistry.class.getClassLoader());
        List<Strategy> out = new ArrayList<>();
        try {
            ServiceLoader.load(Strategy.class, loader).forEach(out::add);
        } catch (java.util.ServiceConfigurationError e) {
            throw new ConfigException("plugins/: a strategy could not be loaded from " + dir + ": " + e.getMessage()
                    + "; check the class names in META-INF/services/org.autoheal.strategy.Strategy of each jar");
        }
        return out;
    }

    /** A file that is not a readable jar is an error naming it; the class loader would skip it silently. */
    private static void requireJar(Path jar) {
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opened: the central directory is readable
        } catch (IOException e) {
            throw new ConfigException("plugins/" + jar.getFileName() + " is not a readable jar (" + e.getMessage()
                    + "); rebuild it or remove it from " + jar.getParent());
        }
    }

    public Optional<Strategy> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
