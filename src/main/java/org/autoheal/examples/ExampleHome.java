package org.autoheal.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.Engine;
import org.autoheal.facts.SalienceTable;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorText;

/**
 * The world an example is decided in: its {@code home} files written to a scratch folder (never
 * the real home), loaded as a home's config, and the context facts of its {@code tool} gathered
 * there by the same checks as {@code health}. An example without home files gets the default config.
 */
final class ExampleHome implements AutoCloseable {
    private static final HomeConfig EMPTY = emptyConfig();
    private final Path root;
    private final HomeConfig config;

    private ExampleHome(Path root, HomeConfig config) {
        this.root = root;
        this.config = config;
    }

    static ExampleHome of(RuleExample example) {
        if (example.home().isEmpty()) return new ExampleHome(null, EMPTY);
        Path dir;
        try {
            dir = Files.createTempDirectory("autoheal-example-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch home for " + example.where() + ": " + e.getMessage(), e);
        }
        try {
            for (Map.Entry<String, String> f : example.home().entrySet()) {
                Path p = dir.resolve(f.getKey()).normalize();
                if (!p.startsWith(dir)) throw new ConfigException(example.where() + ": home file outside the home: " + f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            return new ExampleHome(dir, HomeConfig.load(new Home(dir)));
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException("cannot write the home of " + example.where() + ": " + e.getMessage(), e);
        } catch (ConfigException e) {
            delete(dir);
            throw new ConfigException(example.where() + ": its home's " + e.getMessage(), e);
        }
    }

    HomeConfig config() {
        return config;
    }

    /** The output as AutoHeal would parse it from {@code tool} (the example's argv, else the toolchain's), with the rules' tables. */
    ToolchainError parse(RuleExample e, org.autoheal.facts.Knowledge tables) {
        Toolchain t = toolchain(e.tool());
        String text = ErrorText.tail(e.text(), config.settings().limits().maxErrorBytes());
        java.util.List<String> argv = e.command() != null ? e.command() : t == null ? null : t.command();
        return ErrorParsers.parse(new ErrorInput(e.tool(), argv, e.exitCode(), text, tables));
    }

    DecisionContext context(RuleExample e) {
        return Engine.context(config, toolchain(e.tool()), SalienceTable.NONE);
    }

    private Toolchain toolchain(String tool) {
        return tool == null ? null : config.toolchains().get(tool);
    }

    /** A path an example may name: relative, normalized, inside the home. */
    static boolean isRelativeInside(String path) {
        if (path.isEmpty() || path.length() > 256 || path.indexOf('\0') >= 0 || path.contains("\\")) return false;
        try {
            Path p = Path.of(path);
            return !p.isAbsolute() && p.normalize().equals(p) && !p.startsWith("..") && !path.startsWith("/");
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (root != null) delete(root);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a scratch folder under the temp dir: left behind at worst
        }
    }

    /** A fresh empty folder has no config files: every setting at its default. */
    private static HomeConfig emptyConfig() {
        try {
            Path dir = Files.createTempDirectory("autoheal-example-");
            try {
                return HomeConfig.load(new Home(dir));
            } finally {
                delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch home for rule examples: " + e.getMessage(), e);
        }
    }
}
