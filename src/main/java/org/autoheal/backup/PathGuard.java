package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Confines every file operation of a heal. A path from tool output (untrusted) becomes the
 * absolute real path to operate on, or is refused with a reason. Symbolic links are resolved
 * first, so neither a link nor a linked parent folder can lead out of the roots. Callers must
 * operate on the returned path, not on the text they passed in.
 */
public final class PathGuard {

    public static final int MAX_PATH_CHARS = 4096;
    private static final Set<String> OWN_FILES = Set.of(
            "config/autoheal.json", "config/toolchains.json", "config/autoheal_patterns.json");
    // plugins/ holds jars AutoHeal loads and runs: healing one (e.g. from a sibling .example) would run it
    private static final Set<String> OWN_FOLDERS = Set.of("rules", "logs", "backups", "state", "plugins");

    private final Path home;
    private final List<Path> roots;

    /**
     * @param home  AutoHeal's home: its own files in it are never healed
     * @param roots the toolchain's roots (its workdir and configured roots); an empty list refuses everything
     */
    public PathGuard(Path home, List<Path> roots) {
        this.home = realOrFail(home);
        this.roots = roots.stream().map(PathGuard::realOrFail).toList();
    }

    /**
     * Resolves {@code untrustedPath} (relative paths against {@code workdir}) to the real absolute path.
     *
     * @throws PathRefusedException when the path is malformed, leaves the roots (also through a symbolic
     *                              link), is a hard link, or is one of AutoHeal's own files
     */
    public Path resolve(String untrustedPath, Path workdir) {
        if (untrustedPath == null || untrustedPath.isBlank()) {
            throw new PathRefusedException(untrustedPath, "empty path");
        }
        if (untrustedPath.indexOf('\0') >= 0) {
            throw new PathRefusedException(untrustedPath, "contains a NUL byte");
        }
        if (untrustedPath.length() > MAX_PATH_CHARS) {
            throw new PathRefusedException(untrustedPath, "longer than " + MAX_PATH_CHARS + " characters");
        }
        Path given;
        try {
            given = workdir.toAbsolutePath().resolve(untrustedPath).normalize();
        } catch (InvalidPathException e) {
            throw new PathRefusedException(untrustedPath, "not a valid path: " + e.getReason());
        }
        Path real;
        try {
            real = realPath(given);
        } catch (NoSuchFileException e) {
            throw new PathRefusedException(untrustedPath, "a symbolic link on the way to " + given + " points nowhere");
        } catch (IOException e) {
            throw new PathRefusedException(untrustedPath, "cannot resolve " + given + ": " + e);
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            String how = Files.isSymbolicLink(given) ? "is a symbolic link to " + real + ", "
                    : real.equals(given) ? "" : "resolves through a symbolic link to " + real + ", ";
            throw new PathRefusedException(untrustedPath, how + "outside the toolchain's roots " + roots);
        }
        String own = ownFile(real);
        if (own != null) {
            throw new PathRefusedException(untrustedPath, real + " is " + own + "; AutoHeal never heals its own files");
        }
        if (isHardLinked(real)) {
            throw new PathRefusedException(untrustedPath, real + " has other hard links; changing it would change a file"
                    + " elsewhere (copy it to break the link, then heal)");
        }
        return real;
    }

    public Path home() { return home; }

    /** File operations confined to these roots, never following a link on the way. */
    public ConfinedFiles files() { return new ConfinedFiles(roots); }
    public List<Path> roots() { return roots; }

    /** What part of AutoHeal's home a real path is, or null if it is not AutoHeal's own. */
    private String ownFile(Path real) {
        if (!real.startsWith(home)) {
            return null;
        }
        if (real.equals(home)) {
            return "AutoHeal's home folder";
        }
        Path relative = home.relativize(real);
        if (OWN_FOLDERS.contains(relative.getName(0).toString())) {
            return "inside AutoHeal's " + relative.getName(0) + "/ folder";
        }
        String name = relative.toString().replace(real.getFileSystem().getSeparator(), "/");
        return OWN_FILES.contains(name) ? "AutoHeal's configuration " + name : null;
    }

    private static boolean isHardLinked(Path real) {
        try {
            return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    && ((Number) Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1;
        } catch (IOException e) {
            throw new PathRefusedException(real.toString(), "cannot read its link count: " + e);
        }
    }

    /** The real path of the nearest existing ancestor, with the not-yet-existing rest appended. */
    static Path realPath(Path absolute) throws IOException {
        Path existing = absolute;
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing.toRealPath();
        for (Path name : missing) {
            real = real.resolve(name);
        }
        return real;
    }

    private static Path realOrFail(Path path) {
        try {
            return realPath(path.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve " + path + ": " + e, e);
        }
    }
}
