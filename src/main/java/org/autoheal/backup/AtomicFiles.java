package org.autoheal.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files so that a crash leaves either the old or the new content, never half of it:
 * a hidden temp file in the same folder, fsync, the target's mode (and owner where allowed),
 * an atomic rename, fsync of the folder. Whatever fails, no temp file stays behind.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_PREFIX_CHARS = 60;

    /** A test hook: runs on the finished temp file just before the rename. */
    interface BeforeRename {
        void check(Path temp) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code target} with {@code bytes}; an existing target keeps its mode. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, temp -> { });
    }

    static void write(Path target, byte[] bytes, BeforeRename hook) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; write to its resolved target instead");
        }
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " exists and is not a regular file; refusing to replace it");
        }
        Path temp = folder.resolve(tempName(file.getFileName().toString()));
        try {
            // an existing target's content may be private: the temp starts unreadable to others
            if (exists) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp); // new files get the usual umask-based mode
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (exists) {
                copyOwnerAndMode(file, temp);
            }
            hook.check(temp);
            FaultPoints.reach("write:temp-synced");
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            FaultPoints.reach("write:renamed");
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(folder);
    }

    /** Sets the permission bits; setuid/setgid/sticky bits are cleared. */
    public static void setMode(Path path, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(path, permissions);
    }

    /** Sets the full mode (including setuid/setgid/sticky), e.g. {@code 0755}. */
    public static void setMode(Path path, int mode) throws IOException {
        Files.setAttribute(path, "unix:mode", mode & 07777);
    }

    /** The full mode bits of a file, e.g. {@code 0644}. */
    public static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode") & 07777;
    }

    /** A mode as four octal digits, e.g. "0644". */
    public static String octal(int mode) {
        return String.format("%04o", mode & 07777);
    }

    /** Parses "0644" or "644". */
    public static int parseOctal(String mode) {
        if (!NameChecks.octalMode(mode)) {
            throw new IllegalArgumentException("not an octal file mode: " + mode);
        }
        return Integer.parseInt(mode, 8);
    }

    private static void copyOwnerAndMode(Path from, Path to) throws IOException {
        int uid = (Integer) Files.getAttribute(from, "unix:uid");
        int gid = (Integer) Files.getAttribute(from, "unix:gid");
        if (uid != (Integer) Files.getAttribute(to, "unix:uid") || gid != (Integer) Files.getAttribute(to, "unix:gid")) {
            try {
                Files.setAttribute(to, "unix:uid", uid);
                Files.setAttribute(to, "unix:gid", gid);
            } catch (IOException | SecurityException e) {
                // only root may give a file away; an unprivileged writer owns what it writes
            }
        }
        setMode(to, mode(from)); // after chown, which may clear setuid/setgid
    }

    /** Removes every temp file this class left in {@code folder} (for folders AutoHeal owns, e.g. a backup). */
    public static List<Path> removeLeftoverTempsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(p -> NameChecks.tempName(p.getFileName().toString(), null)).toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) removed.add(p);
            }
        }
        return removed;
    }

    private static String tempName(String fileName) {
        String prefix = fileName.length() > NAME_PREFIX_CHARS ? fileName.substring(0, NAME_PREFIX_CHARS) : fileName;
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "." + prefix + ".autoheal-" + HexFormat.of().formatHex(random) + ".tmp";
    }

    /** Forces a folder's entries (a created or renamed name) to disk; best effort. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename itself already happened
        }
    }
}
