package org.autoheal.backup;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Turns manifest entries into paths and back. A manifest names a path relative to the home, or
 * to a configured root by that root's path, never as the absolute path it had when it was
 * written: a copied home restores into itself, and an entry is resolved and checked again
 * against today's roots and own-file protection (the {@link PathGuard}) every time it is used.
 */
final class EntryPaths {
    private final PathGuard guard;

    EntryPaths(PathGuard guard) {
        this.guard = guard;
    }

    PathGuard guard() {
        return guard;
    }

    /** The checked real path of a path a heal is about to touch. */
    Path check(Path path) {
        return guard.resolve(path.toAbsolutePath().normalize().toString(), guard.home());
    }

    /** How the manifest names a checked real path: home-relative, else relative to the innermost root holding it. */
    BackupEntry.Location locate(Path real) {
        if (real.startsWith(guard.home()) && !real.equals(guard.home())) {
            return new BackupEntry.Location(null, slashes(guard.home().relativize(real)));
        }
        Path root = guard.roots().stream().filter(real::startsWith).filter(r -> !r.equals(real))
                .max(Comparator.comparingInt(Path::getNameCount))
                .orElseThrow(() -> new PathRefusedException(real.toString(), "outside the roots " + guard.roots()));
        return new BackupEntry.Location(root.toString(), slashes(root.relativize(real)));
    }

    /**
     * The real path an entry names today, checked like a path from error text: inside today's
     * roots, not one of AutoHeal's own files, not through a link.
     *
     * @throws PathRefusedException with the reason
     */
    Path resolve(BackupEntry e) {
        Path base;
        if (e.root() != null) {
            base = Path.of(e.root());
            if (!guard.roots().contains(base)) {
                throw new PathRefusedException(e.path(), "names the root " + e.root()
                        + ", which is not one of today's roots " + guard.roots());
            }
        } else {
            base = guard.home();
        }
        Path named = base.resolve(e.path()).normalize(); // an absolute path (format 1) stays as it is
        Path real = guard.resolve(named.toString(), base);
        if (!real.equals(named)) {
            throw new PathRefusedException(e.path(), "now leads through a symbolic link to " + real + "; not following it");
        }
        return real;
    }

    /** The name for messages: home-relative when it can be. */
    String show(BackupEntry e) {
        return e.root() == null ? e.path() : Path.of(e.root()).resolve(e.path()).toString();
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
