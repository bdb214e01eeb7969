package org.autoheal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Who could have written the rules cache. A cache entry is deserialized into rules that run in
 * AutoHeal, and a SHA-256 beside it proves nothing against someone who can write it; so an entry
 * is used only when it and its folder are owned by the user running AutoHeal and writable by no
 * one else. On a file system without POSIX owners and modes there is nothing to check.
 */
final class CacheOwner {
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private CacheOwner() {
    }

    /** Why {@code file} in {@code dir} may have been written by someone else; empty when only this user could have. */
    static Optional<String> foreignWriter(Path dir, Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) return Optional.empty();
        for (Path p : new Path[] {dir, file}) {
            if (Files.isSymbolicLink(p)) return Optional.of(p + " is a symbolic link");
            Object owner = Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            Optional<Object> me = currentUid();
            if (me.isPresent() && !me.get().equals(owner)) return Optional.of(p + " belongs to uid " + owner + ", not to this user");
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (mode.stream().anyMatch(OTHERS_WRITE::contains)) {
                return Optional.of(p + " is writable by group or others (" + PosixFilePermissions.toString(mode) + ")");
            }
        }
        return Optional.empty();
    }

    /** The cache folder is AutoHeal's alone: 0700 when it belongs to this user. */
    static void restrict(Path dir) {
        try {
            if (Files.getFileStore(dir).supportsFileAttributeView("posix") && !Files.isSymbolicLink(dir)
                    && currentUid().map(me -> me.equals(uid(dir))).orElse(false)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a folder we cannot restrict is checked at read time and then not used
        }
    }

    /** The uid of this process: the owner of /proc/self (Linux); empty elsewhere (then owners are not compared). */
    private static Optional<Object> currentUid() {
        try {
            return Optional.of(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Object uid(Path p) {
        try {
            return Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
