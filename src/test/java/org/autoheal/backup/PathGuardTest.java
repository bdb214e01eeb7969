package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathGuardTest {

    @TempDir
    Path tmp;
    private Path home;
    private Path work;
    private Path outside;
    private PathGuard guard;

    @BeforeEach
    void setUp() throws IOException {
        tmp = tmp.toRealPath();
        home = Files.createDirectories(tmp.resolve("home"));
        work = Files.createDirectories(tmp.resolve("work"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        guard = new PathGuard(home, List.of(work));
    }

    @Test
    void whenPathIsInsideTheRoot_thenItsRealAbsolutePathIsReturned() throws IOException {
        Files.writeString(work.resolve("a.txt"), "a");

        assertThat(guard.resolve("a.txt", work)).isEqualTo(work.resolve("a.txt"));
        assertThat(guard.resolve("src/../a.txt", work)).isEqualTo(work.resolve("a.txt"));
        assertThat(guard.resolve(work.resolve("a.txt").toString(), tmp)).isEqualTo(work.resolve("a.txt"));
        assertThat(guard.resolve("new/dir/file.py", work)).isEqualTo(work.resolve("new/dir/file.py"));
    }

    @Test
    void whenDotDotLeavesTheRoot_thenRefused() {
        assertThatThrownBy(() -> guard.resolve("../outside/secret.txt", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("outside the toolchain's roots");
        assertThatThrownBy(() -> guard.resolve("sub/../../../../../../etc/passwd", work))
                .isInstanceOf(PathRefusedException.class);
    }

    @Test
    void whenAbsolutePathIsOutside_thenRefused() {
        assertThatThrownBy(() -> guard.resolve("/etc/passwd", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("outside the toolchain's roots");
    }

    @Test
    void whenFileIsASymlinkLeavingTheRoot_thenRefused() throws IOException {
        Files.createSymbolicLink(work.resolve("passwd"), Path.of("/etc/passwd"));

        assertThatThrownBy(() -> guard.resolve("passwd", work))
                .isInstanceOf(PathRefusedException.class)
                .hasMessageContaining("is a symbolic link to /etc/passwd");
    }

    @Test
    void whenSymlinkStaysInsideTheRoot_thenItsTargetIsReturned() throws IOException {
        Path target = Files.writeString(work.resolve("real.cfg"), "x");
        Files.createSymbolicLink(work.resolve("alias.cfg"), target);

        assertThat(guard.resolve("alias.cfg", work)).isEqualTo(target);
    }

    @Test
    void whenParentFolderIsASymlinkLeavingTheRoot_thenRefusedForExistingAndNewFiles() throws IOException {
        Files.createSymbolicLink(work.resolve("out"), outside);

        assertThatThrownBy(() -> guard.resolve("out/secret.txt", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("resolves through a symbolic link");
        assertThatThrownBy(() -> guard.resolve("out/new/file.txt", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining(outside.toString());
    }

    @Test
    void whenSymlinkDangles_thenRefused() throws IOException {
        Files.createSymbolicLink(work.resolve("dangling"), tmp.resolve("nowhere/at/all"));

        assertThatThrownBy(() -> guard.resolve("dangling", work)).isInstanceOf(PathRefusedException.class)
                .hasMessageContaining("points nowhere");
        assertThatThrownBy(() -> guard.resolve("dangling/x", work)).isInstanceOf(PathRefusedException.class);
    }

    @Test
    void whenFileIsHardLinkedElsewhere_thenRefused() throws IOException {
        Files.createLink(work.resolve("hard.txt"), outside.resolve("secret.txt"));

        assertThatThrownBy(() -> guard.resolve("hard.txt", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("hard links");
    }

    @ParameterizedTest
    @ValueSource(strings = {"config/autoheal.json", "config/toolchains.json", "config/autoheal_patterns.json",
            "rules/healing.drl", "rules", "logs/autoheal/journal.jsonl", "backups/autoheal/x/manifest.json",
            "state/stats.json", "state", "."})
    void whenPathIsAutoHealsOwnFile_thenRefusedEvenInsideARoot(String path) {
        PathGuard homeAsRoot = new PathGuard(home, List.of(home));

        assertThatThrownBy(() -> homeAsRoot.resolve(path, home))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("AutoHeal");
    }

    @Test
    void whenSymlinkInsideARootPointsAtAutoHealsConfig_thenRefused() throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve("autoheal.json"), "{}");
        Files.createSymbolicLink(work.resolve("cfg.json"), config.resolve("autoheal.json"));

        PathGuard both = new PathGuard(home, List.of(work, home));

        assertThatThrownBy(() -> both.resolve("cfg.json", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("AutoHeal's configuration");
    }

    @Test
    void whenFileIsAToolchainsConfigUnderConfig_thenAllowed() throws IOException {
        Path settings = Files.writeString(Files.createDirectories(home.resolve("config")).resolve("settings.json"), "{}");
        PathGuard homeAsRoot = new PathGuard(home, List.of(home));

        assertThat(homeAsRoot.resolve("config/settings.json", home)).isEqualTo(settings);
    }

    @Test
    void whenPathHasANulByte_thenRefused() {
        assertThatThrownBy(() -> guard.resolve("a.txt\0/etc/passwd", work))
                .isInstanceOf(PathRefusedException.class).hasMessageContaining("NUL");
    }

    @Test
    void whenPathIsEmptyOrHuge_thenRefused() {
        assertThatThrownBy(() -> guard.resolve("", work)).hasMessageContaining("empty path");
        assertThatThrownBy(() -> guard.resolve(" ", work)).hasMessageContaining("empty path");
        assertThatThrownBy(() -> guard.resolve("a/".repeat(2049), work)).hasMessageContaining("longer than 4096");
    }

    @Test
    void whenPathHasControlCharacters_thenTheMessageShowsThemEscaped() {
        PathRefusedException refused = (PathRefusedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> guard.resolve("/etc/x\n\u001b[31mfake", work));

        assertThat(refused.getMessage()).doesNotContain("\n").doesNotContain("\u001b").contains("\\x0a");
        assertThat(refused.path()).isEqualTo("/etc/x\n\u001b[31mfake");
    }

    @Test
    void whenNoRootIsGiven_thenEverythingIsRefused() {
        PathGuard none = new PathGuard(home, List.of());

        assertThatThrownBy(() -> none.resolve("a.txt", work)).isInstanceOf(PathRefusedException.class);
    }
}
