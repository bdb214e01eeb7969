package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations relative to an opened folder: a link on the way is refused, whenever it appeared. */
class ConfinedFilesTest {
    @TempDir Path tmp;
    Path root;
    Path outside;
    ConfinedFiles files;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
        Files.writeString(outside.resolve("a.txt"), "outside\n");
        Files.setPosixFilePermissions(outside.resolve("a.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/a.txt"), "inside\n");
        files = new PathGuard(tmp.resolve("home-elsewhere"), List.of(root)).files();
    }

    /** The check passes on the real folder; then the folder becomes a link, as a concurrent writer would do. */
    Path checkedThenSwapped() throws IOException {
        Path checked = new PathGuard(tmp, List.of(root)).resolve("sub/a.txt", root);
        Files.move(root.resolve("sub"), root.resolve("sub.old"));
        Files.createSymbolicLink(root.resolve("sub"), outside);
        return checked;
    }

    @Test
    void writeThroughASwappedFolder_isRefused() throws IOException {
        Path checked = checkedThenSwapped();
        assertThatThrownBy(() -> files.write(checked, "pwned".getBytes())).isInstanceOf(PathRefusedException.class)
                .hasMessageContaining("symbolic link");
        assertThat(outside.resolve("a.txt")).hasContent("outside");
        try (var list = Files.list(outside)) {
            assertThat(list).as("no temp file left outside").hasSize(1);
        }
    }

    @Test
    void chmodDeleteAndReadThroughASwappedFolder_areRefused() throws IOException {
        Path checked = checkedThenSwapped();
        assertThatThrownBy(() -> files.setMode(checked, 0755)).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> files.delete(checked)).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> files.read(checked, 100)).isInstanceOf(PathRefusedException.class);
        assertThatThrownBy(() -> files.createDirectories(checked.resolveSibling("new"))).isInstanceOf(PathRefusedException.class);
        assertThat(AtomicFiles.mode(outside.resolve("a.txt"))).isEqualTo(0644);
        assertThat(outside.resolve("a.txt")).exists();
        assertThat(outside.resolve("new")).doesNotExist();
    }

    @Test
    void aFolderOpenedBeforeTheSwap_keepsPointingAtTheCheckedFolder() throws IOException {
        // the swap lands after the walk opened sub/: the write goes to the real sub/ (moved aside), never outside
        FaultPoints.hook(point -> {
            if (point.equals("write:temp-synced")) {
                try {
                    Files.move(root.resolve("sub"), root.resolve("sub.old"));
                    Files.createSymbolicLink(root.resolve("sub"), outside);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        try {
            files.write(root.resolve("sub/a.txt"), "healed\n".getBytes());
        } finally {
            FaultPoints.hook(null);
        }
        assertThat(outside.resolve("a.txt")).hasContent("outside");
        assertThat(root.resolve("sub.old/a.txt")).hasContent("healed");
    }

    @Test
    void aLinkAsTheLastName_isDeletedItself_neverItsTarget_andNeverWrittenThrough() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("a.txt"));
        assertThatThrownBy(() -> files.write(link, "x".getBytes())).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> files.setMode(link, 0755)).hasMessageContaining("symbolic link");
        assertThat(files.delete(link)).isTrue();
        assertThat(link).doesNotExist();
        assertThat(outside.resolve("a.txt")).hasContent("outside");
    }

    @Test
    void setuidSetgidAndSticky_areNeverSet() {
        assertThatThrownBy(() -> files.setMode(root.resolve("sub/a.txt"), 04755)).hasMessageContaining("setuid");
        assertThatThrownBy(() -> files.setMode(root.resolve("sub/a.txt"), 01777)).hasMessageContaining("sticky");
    }

    @Test
    void outsideTheRoots_isRefusedBeforeAnythingIsOpened() {
        assertThatThrownBy(() -> files.write(outside.resolve("a.txt"), "x".getBytes())).isInstanceOf(PathRefusedException.class)
                .hasMessageContaining("outside the roots");
    }

    @Test
    void writeKeepsTheModeOfAnExistingFile_andCreatesMissingFolders() throws IOException {
        Files.setPosixFilePermissions(root.resolve("sub/a.txt"), PosixFilePermissions.fromString("rw-r-----"));
        files.write(root.resolve("sub/a.txt"), "new\n".getBytes());
        files.createDirectories(root.resolve("x/y/z"));
        files.write(root.resolve("x/y/z/b.txt"), "b".getBytes());
        assertThat(root.resolve("sub/a.txt")).hasContent("new");
        assertThat(AtomicFiles.mode(root.resolve("sub/a.txt"))).isEqualTo(0640);
        assertThat(Files.isRegularFile(root.resolve("x/y/z/b.txt"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(files.delete(root.resolve("x/y/z/b.txt"))).isTrue();
        assertThat(files.delete(root.resolve("x/y/z"))).isTrue();
        assertThat(files.delete(root.resolve("x/y/z"))).isFalse();
    }
}
