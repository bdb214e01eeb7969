package org.autoheal.strategy.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autoheal.backup.ConfinedFiles;
import org.autoheal.json.Json;

/**
 * The {@code package.json} that governs a file: the nearest one in the file's folder or above
 * it, inside the toolchain's roots, read without following links. It declares the packages npm
 * may install ({@code dependencies}, {@code devDependencies}, {@code optionalDependencies}).
 *
 * @param file     the package.json
 * @param declared the declared package names
 */
public record PackageJson(Path file, Set<String> declared) {
    public static final String NAME = "package.json";
    private static final long MAX_BYTES = 1 << 20;
    private static final List<String> SECTIONS = List.of("dependencies", "devDependencies", "optionalDependencies");
    /** npm's lockfiles, in the order npm prefers them. */
    public static final List<String> LOCKFILES = List.of("npm-shrinkwrap.json", "package-lock.json");
    private static final List<String> FOREIGN_LOCKS = List.of("yarn.lock", "pnpm-lock.yaml", "bun.lockb");

    public Path folder() {
        return file.getParent();
    }

    /**
     * The nearest package.json in {@code start} or a folder above it, while inside one of {@code roots}.
     * A start inside {@code node_modules} (a dependency missing its own dependency) begins above it:
     * the project that installed it is the one to reinstall, never a package in node_modules.
     */
    public static Optional<Path> nearest(Path start, List<Path> roots) {
        for (int i = 0; i < start.getNameCount(); i++) {
            if (start.getName(i).toString().equals("node_modules")) {
                start = start.getRoot() == null ? start.subpath(0, i) : start.getRoot().resolve(start.subpath(0, i));
                break;
            }
        }
        for (Path dir = start; dir != null && inside(dir, roots); dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Reads the declared packages; an unreadable or malformed file is an IOException naming it. */
    public static PackageJson read(ConfinedFiles files, Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(files.read(file, MAX_BYTES));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) throw new IOException(file + " does not hold a JSON object");
        Set<String> names = new LinkedHashSet<>();
        for (String section : SECTIONS) {
            JsonNode deps = root.get(section);
            if (deps != null && deps.isObject()) deps.fieldNames().forEachRemaining(names::add);
        }
        return new PackageJson(file, Set.copyOf(names));
    }

    public boolean declares(String name) {
        return declared.contains(name);
    }

    /** npm's lockfile beside package.json, if any (npm ci needs one). */
    public Optional<Path> lockfile() {
        return LOCKFILES.stream().map(folder()::resolve).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
    }

    /** A yarn, pnpm or bun lockfile without an npm one: the project installs with another tool. */
    public Optional<String> foreignLockfile() {
        if (lockfile().isPresent()) return Optional.empty();
        return FOREIGN_LOCKS.stream().filter(n -> Files.exists(folder().resolve(n), LinkOption.NOFOLLOW_LINKS)).findFirst();
    }

    private static boolean inside(Path dir, List<Path> roots) {
        return roots.stream().anyMatch(dir::startsWith);
    }
}
