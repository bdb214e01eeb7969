package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void whenTargetExists_thenContentIsReplacedAndModeKept() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{old}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(file, "{\"new\": true}".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("{\"new\": true}");
        assertThat(AtomicFiles.mode(file)).isEqualTo(0640);
        assertThat(namesIn(dir)).containsExactly("settings.json");
    }

    @Test
    void whenTargetIsNew_thenItIsCreatedWithoutStrayFiles() throws IOException {
        Path file = dir.resolve("new.txt");

        AtomicFiles.write(file, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        assertThat(namesIn(dir)).containsExactly("new.txt");
    }

    @Test
    void whenWriteFailsBeforeRename_thenOriginalIsIntactAndTempIsGone() throws IOException {
        Path file = dir.resolve("run.py");
        Files.writeString(file, "print('original')\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicReference<Path> seenTemp = new AtomicReference<>();

        assertThatThrownBy(() -> AtomicFiles.write(file, "broken".getBytes(StandardCharsets.UTF_8), temp -> {
            seenTemp.set(temp);
            assertThat(temp).hasContent("broken");
            throw new IOException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full");

        assertThat(seenTemp.get().getParent()).isEqualTo(file.getParent());
        assertThat(seenTemp.get().getFileName().toString()).startsWith(".run.py.");
        assertThat(seenTemp.get()).doesNotExist();
        assertThat(file).hasContent("print('original')\n");
        assertThat(AtomicFiles.mode(file)).isEqualTo(0750);
        assertThat(namesIn(dir)).containsExactly("run.py");
    }

    @Test
    void whenTargetIsASymlink_thenWriteIsRefusedAndLinkTargetUntouched() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);

        assertThatThrownBy(() -> AtomicFiles.write(link, "x".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("symbolic link");

        assertThat(real).hasContent("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(namesIn(dir)).containsExactlyInAnyOrder("real.txt", "link.txt");
    }

    @Test
    void whenTargetIsAFolder_thenWriteIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sub"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[0])).hasMessageContaining("not a regular file");
        assertThat(namesIn(dir)).containsExactly("sub");
    }

    @Test
    void whenRunningAsRoot_thenOwnerOfTheTargetIsKept() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give files away");
        Path file = dir.resolve("owned.txt");
        Files.writeString(file, "a");
        Files.setAttribute(file, "unix:uid", 1234);
        Files.setAttribute(file, "unix:gid", 4321);

        AtomicFiles.write(file, "b".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(1234);
        assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(4321);
    }

    @Test
    void setMode_setsPermissionsAndFullModeBits() throws IOException {
        Path file = Files.writeString(dir.resolve("tool.sh"), "#!/bin/sh\n");

        AtomicFiles.setMode(file, PosixFilePermissions.fromString("rwxr-xr--"));
        int afterSet = AtomicFiles.mode(file);
        AtomicFiles.setMode(file, AtomicFiles.parseOctal("0600"));

        assertThat(afterSet).isEqualTo(0754);
        assertThat(AtomicFiles.octal(AtomicFiles.mode(file))).isEqualTo("0600");
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
