package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state/intake.token is created and read without following links; anything but a plain file of ours is refused. */
class IntakeTokenTest {
    static final String SECRET = "someone-elses-secret-that-must-not-become-the-token\n";

    @TempDir Path dir;

    @Test
    void whenAbsent_thenCreatedOwnerOnly_andReadBack() throws Exception {
        Path state = dir.resolve("state");
        IntakeToken t = IntakeToken.loadOrCreate(state);
        Path f = IntakeToken.file(state);
        assertThat(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(t.accepts("Bearer " + Files.readString(f).strip())).isTrue();
        assertThat(IntakeToken.loadOrCreate(state).accepts("Bearer " + Files.readString(f).strip())).isTrue();
    }

    @Test
    void whenASymlink_thenRefused_andTheTargetKeepsItsModeAndContent() throws Exception {
        Path target = Files.writeString(dir.resolve("outside.txt"), SECRET);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.createSymbolicLink(IntakeToken.file(state), target);

        assertThatThrownBy(() -> IntakeToken.loadOrCreate(state)).isInstanceOf(IntakeToken.Refused.class)
                .hasMessageContaining("intake.token is a symbolic link").hasMessageContaining("remove it");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(target)).isEqualTo(SECRET);
    }

    @Test
    void whenADanglingSymlink_thenRefused_andNothingIsCreatedAtItsTarget() throws Exception {
        Path target = dir.resolve("created-through-the-link");
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.createSymbolicLink(IntakeToken.file(state), target);

        assertThatThrownBy(() -> IntakeToken.loadOrCreate(state)).isInstanceOf(IntakeToken.Refused.class)
                .hasMessageContaining("symbolic link");
        assertThat(target).doesNotExist();
    }

    @Test
    void whenADirectoryOrAHardLink_thenRefused() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.createDirectory(IntakeToken.file(state));
        assertThatThrownBy(() -> IntakeToken.loadOrCreate(state)).hasMessageContaining("is not a regular file");

        Path other = Files.createDirectories(dir.resolve("other"));
        Path keep = Files.writeString(dir.resolve("keep.txt"), SECRET);
        Files.createLink(IntakeToken.file(other), keep);
        assertThatThrownBy(() -> IntakeToken.loadOrCreate(other)).hasMessageContaining("has other hard links");
        assertThat(Files.readString(keep)).isEqualTo(SECRET);
    }

    @Test
    void whenOwnedBySomeoneElse_thenRefused() throws Exception {
        // only root can give a file away; elsewhere the symlink and hard-link cases cover the check
        Assumptions.assumeTrue(new com.sun.security.auth.module.UnixSystem().getUid() == 0, "needs root to chown");
        Path state = Files.createDirectories(dir.resolve("state"));
        Path f = Files.writeString(IntakeToken.file(state), "a-token-of-more-than-16-chars\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        Files.setAttribute(f, "unix:uid", 4242);
        assertThatThrownBy(() -> IntakeToken.loadOrCreate(state)).hasMessageContaining("is owned by uid 4242, not by this user");
    }

    @Test
    void whenReadableByOthers_thenNarrowedTo0600_andUsed() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Path f = Files.writeString(IntakeToken.file(state), "a-token-of-more-than-16-chars\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(IntakeToken.loadOrCreate(state).accepts("Bearer a-token-of-more-than-16-chars")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }
}
