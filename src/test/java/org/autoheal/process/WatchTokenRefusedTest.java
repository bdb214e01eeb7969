package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch --listen} with state/intake.token as a symlink: exit 2 with the reason, the link's target untouched. */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class WatchTokenRefusedTest {
    @TempDir Path dir;

    @Test
    void whenTheTokenIsASymlink_thenWatchListenExits2_andTheTargetKeepsModeAndContent() throws Exception {
        TestHome home = new TestHome(Files.createDirectories(dir.resolve("home")));
        home.toolchains("{\"toolchains\": {\"build\": {\"command\": [\"true\"]}}}");
        Path target = Files.writeString(dir.resolve("precious.txt"), "not a token, but long enough to pass as one\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(home.root().resolve("state"));
        Files.createSymbolicLink(home.root().resolve("state/intake.token"), target);

        Cli.Output r = home.autohealJvm("watch", "--interval", "1s", "--listen", "127.0.0.1:0");

        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("intake.token is a symbolic link").contains("remove it").doesNotContain("Exception");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(target)).isEqualTo("not a token, but long enough to pass as one\n");
    }
}
