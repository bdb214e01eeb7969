package org.autoheal.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * File operations confined to a set of roots, immune to a folder swapped for a symbolic link
 * after the path was checked. Every operation opens the root, then each folder on the way with
 * {@code openat(..., O_NOFOLLOW)} ({@link SecureDirectoryStream}), and acts on the last name
 * relative to that open folder: a link anywhere on the way is refused, never followed, and a
 * folder swapped after it was opened changes nothing (the open folder is still the checked one).
 * Writes are atomic (temp file, fsync, rename in the same open folder). Modes are permission
 * bits only: this class never sets setuid, setgid or sticky.
 */
public final class ConfinedFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<OpenOption> READ = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> CREATE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW,
            LinkOption.NOFOLLOW_LINKS);

    private final List<Path> roots;

    /** @param roots real absolute folders (as {@link PathGuard} resolves them); nothing outside them is touched */
    public ConfinedFiles(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The file's attributes without following a link; empty when nothing is there. */
    public Optional<PosixFileAttributes> stat(Path file) throws IOException {
        try (OpenFolder f = OpenFolder.parentOf(roots, file)) {
            return f.stat();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // a folder on the way is missing, so is the file
        }
    }

    /** The content of a regular file (not a link, not a FIFO), at most {@code maxBytes}. */
    public byte[] read(Path file, long maxBytes) throws IOException {
        try (OpenFolder f = OpenFolder.parentOf(roots, file)) {
            PosixFileAttributes a = f.stat().orElseThrow(() -> new NoSuchFileException(file.toString()));
            if (!a.isRegularFile()) throw new IOException(file + " is not a regular file");
            if (a.size() > maxBytes) throw new BackupException(file + " is " + a.size() + " bytes, over the limit of " + maxBytes);
            try (SeekableByteChannel ch = f.dir.newByteChannel(f.name, READ)) {
                byte[] bytes = Channels.newInputStream(ch).readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) throw new BackupException(file + " grew past " + maxBytes + " bytes while being read");
                return bytes;
            }
        }
    }

    /** Replaces (or creates) a regular file atomically; an existing file keeps its owner and permission bits. */
    public void write(Path file, byte[] bytes) throws IOException {
        try (OpenFolder f = OpenFolder.parentOf(roots, file)) {
            Optional<PosixFileAttributes> old = f.stat();
            if (old.isPresent() && !old.get().isRegularFile()) {
                throw new IOException(file + " exists and is not a regular file (a symbolic link?); refusing to replace it");
            }
            Path temp = Path.of(tempName(f.name.toString()));
            try {
                // an existing file's content may be private: the temp starts unreadable to others
                try (SeekableByteChannel ch = old.isPresent()
                        ? f.dir.newByteChannel(temp, CREATE, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : f.dir.newByteChannel(temp, CREATE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) ch.write(buffer);
                    if (ch instanceof FileChannel fc) fc.force(true);
                }
                if (old.isPresent()) {
                    PosixFileAttributeView view = f.dir.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                    try {
                        view.setOwner(old.get().owner());
                        view.setGroup(old.get().group());
                    } catch (IOException | SecurityException e) {
                        // only root may give a file away; an unprivileged writer owns what it writes
                    }
                    view.setPermissions(old.get().permissions());
                }
                FaultPoints.reach("write:temp-synced");
                f.dir.move(temp, f.dir, f.name); // renameat within the open folder
                FaultPoints.reach("write:renamed");
            } catch (IOException | RuntimeException | Error e) {
                try {
                    f.dir.deleteFile(temp);
                } catch (NoSuchFileException gone) {
                    // renamed already, or never created
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            AtomicFiles.syncFolder(f.path);
        }
    }

    /** Sets the permission bits (0777 at most); a mode with setuid, setgid or sticky is refused. */
    public void setMode(Path file, int mode) throws IOException {
        if ((mode & ~0777) != 0) {
            throw new BackupException("refusing mode " + AtomicFiles.octal(mode) + " for " + file
                    + ": AutoHeal never sets setuid, setgid or sticky bits");
        }
        try (OpenFolder f = OpenFolder.parentOf(roots, file)) {
            PosixFileAttributes a = f.stat().orElseThrow(() -> new NoSuchFileException(file.toString()));
            if (a.isSymbolicLink()) throw new IOException(file + " is a symbolic link; refusing to change its mode");
            f.dir.getFileAttributeView(f.name, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setPermissions(permissions(mode));
        }
    }

    /** Deletes a file, link or empty folder (never what a link points to); false when nothing was there. */
    public boolean delete(Path file) throws IOException {
        try (OpenFolder f = OpenFolder.parentOf(roots, file)) {
            Optional<PosixFileAttributes> a = f.stat();
            if (a.isEmpty()) return false;
            if (a.get().isDirectory()) f.dir.deleteDirectory(f.name);
            else f.dir.deleteFile(f.name);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Removes temp files a killed writer left beside {@code target} (only names {@link #write} and
     * {@link AtomicFiles} make: {@code .<name>.autoheal-<16 hex>.tmp}), never through a link.
     *
     * @return how many were removed
     */
    public int removeLeftoverTemps(Path target) throws IOException {
        String name = target.getFileName().toString();
        String prefix = name.length() > 60 ? name.substring(0, 60) : name;
        int removed = 0;
        try (OpenFolder f = OpenFolder.parentOf(roots, target)) {
            List<Path> temps = new java.util.ArrayList<>();
            for (Path p : f.dir) {
                if (NameChecks.tempName(p.getFileName().toString(), prefix)) temps.add(p.getFileName());
            }
            for (Path t : temps) {
                PosixFileAttributes a = f.dir.getFileAttributeView(t, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .readAttributes();
                if (a.isRegularFile()) {
                    f.dir.deleteFile(t);
                    removed++;
                }
            }
            if (removed > 0) AtomicFiles.syncFolder(f.path);
        } catch (NoSuchFileException e) {
            return removed;
        }
        return removed;
    }

    /** Creates a folder and its missing parents inside a root; a link on the way is refused. */
    public void createDirectories(Path folder) throws IOException {
        OpenFolder.createDirectories(roots, folder);
    }

    /** Full permission bits as a set (setuid/setgid/sticky cannot be expressed, so are never set). */
    static Set<PosixFilePermission> permissions(int mode) {
        return PosixFilePermissions.fromString(rwx(mode));
    }

    private static String rwx(int mode) {
        String all = "rwxrwxrwx";
        StringBuilder s = new StringBuilder(9);
        for (int i = 0; i < 9; i++) s.append((mode & (0400 >> i)) != 0 ? all.charAt(i) : '-');
        return s.toString();
    }

    /** Permission bits of attributes read with {@link #stat}, e.g. 0644. */
    public static int mode(PosixFileAttributes a) {
        int m = 0;
        String s = PosixFilePermissions.toString(a.permissions());
        for (int i = 0; i < 9; i++) if (s.charAt(i) != '-') m |= 0400 >> i;
        return m;
    }

    private static String tempName(String fileName) {
        String prefix = fileName.length() > 60 ? fileName.substring(0, 60) : fileName;
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "." + prefix + ".autoheal-" + HexFormat.of().formatHex(random) + ".tmp";
    }
}
