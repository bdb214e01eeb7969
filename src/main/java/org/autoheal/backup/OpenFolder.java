package org.autoheal.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The parent folder of a path, opened by walking from its root one name at a time with
 * {@code openat(..., O_NOFOLLOW)}, plus the path's last name. Whatever is renamed or swapped
 * for a link after the walk, operations relative to this folder stay in the folder that was
 * walked to; a link met during the walk is refused, never followed.
 */
final class OpenFolder implements AutoCloseable {

    final SecureDirectoryStream<Path> dir;
    final Path path;
    final Path name;

    private OpenFolder(SecureDirectoryStream<Path> dir, Path path, Path name) {
        this.dir = dir;
        this.path = path;
        this.name = name;
    }

    /** The last name's attributes, not following a link; empty when nothing is there. */
    Optional<PosixFileAttributes> stat() throws IOException {
        try {
            return Optional.of(dir.getFileAttributeView(name, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .readAttributes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }

    /** Opens the parent of {@code file}, walking from its root; a link or non-folder on the way is refused. */
    static OpenFolder parentOf(List<Path> roots, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.getFileName() == null) throw new PathRefusedException(abs.toString(), "has no file name");
        Path root = rootOf(roots, abs, false);
        SecureDirectoryStream<Path> dir = openRoot(root);
        Path at = root;
        try {
            for (Path name : root.relativize(abs.getParent())) {
                if (name.toString().isEmpty()) continue;
                at = at.resolve(name);
                dir = step(dir, name, at);
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
        return new OpenFolder(dir, at, abs.getFileName());
    }

    /** Opens {@code name} inside {@code dir} without following a link; closes {@code dir}. */
    private static SecureDirectoryStream<Path> step(SecureDirectoryStream<Path> dir, Path name, Path at) throws IOException {
        try {
            SecureDirectoryStream<Path> next = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
            dir.close();
            return next;
        } catch (NoSuchFileException e) {
            throw e; // the caller may create it; dir stays open
        } catch (FileSystemException e) {
            dir.close();
            throw new PathRefusedException(at.toString(), "is not a plain folder (a symbolic link, or it changed since it"
                    + " was checked); AutoHeal never follows a link on the way to a file it changes");
        }
    }

    private static Path rootOf(List<Path> roots, Path abs, boolean mayBeRoot) {
        return roots.stream().filter(abs::startsWith).filter(r -> mayBeRoot || !r.equals(abs))
                .max(Comparator.comparingInt(Path::getNameCount))
                .orElseThrow(() -> new PathRefusedException(abs.toString(), "outside the roots " + roots));
    }

    private static SecureDirectoryStream<Path> openRoot(Path root) throws IOException {
        DirectoryStream<Path> ds = Files.newDirectoryStream(root);
        if (ds instanceof SecureDirectoryStream<Path> sds) {
            FaultPoints.reach("confined:root-opened");
            return sds;
        }
        ds.close();
        throw new IOException("this platform cannot open folders without following links (no openat); refusing to"
                + " change files under " + root);
    }

    /** Creates a folder and its missing parents inside a root; a link on the way is refused. */
    static void createDirectories(List<Path> roots, Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        Path root = rootOf(roots, abs, true);
        SecureDirectoryStream<Path> dir = openRoot(root);
        Path at = root;
        try {
            for (Path name : root.relativize(abs)) {
                if (name.toString().isEmpty()) continue;
                at = at.resolve(name);
                try {
                    dir = step(dir, name, at);
                } catch (NoSuchFileException e) {
                    // SecureDirectoryStream has no mkdirat: create by name, then open it through the checked folder,
                    // so a swapped parent can at most get an empty folder, never a file written through it
                    try {
                        Files.createDirectory(at);
                    } catch (FileAlreadyExistsException raced) {
                        // made meanwhile: opening it below checks what it is
                    }
                    dir = step(dir, name, at);
                }
            }
        } finally {
            dir.close();
        }
    }
}
