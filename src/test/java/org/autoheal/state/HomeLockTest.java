package org.autoheal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.config.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock within one JVM; two processes are in {@code crash.HomeLockProcessTest}. */
class HomeLockTest {
    @TempDir Path dir;

    @Test
    void secondAcquireIsRefusedWithTheHolder_evenUnderAnotherNameOfTheHome() throws Exception {
        Home home = new Home(dir);
        Files.createDirectories(dir.resolve("link-parent"));
        Path alias = Files.createSymbolicLink(dir.resolve("link-parent/alias"), dir);
        try (HomeLock lock = HomeLock.acquire(home, "repair")) {
            assertThat(lock.previous()).isEmpty();
            assertThat(Files.readString(lock.file())).contains("pid=" + ProcessHandle.current().pid()).contains("command=repair");
            assertThatThrownBy(() -> HomeLock.acquire(new Home(alias), "rollback"))
                    .isInstanceOf(HomeLockedException.class)
                    .hasMessageContaining("another AutoHeal is healing this home (pid " + ProcessHandle.current().pid() + ", since ")
                    .hasMessageContaining("running repair");
            assertThat(HomeLock.heldBy(home)).get().extracting(LockHolder::command).isEqualTo("repair");
        }
        assertThat(Files.readString(dir.resolve("state/autoheal.lock"))).isEmpty();
        assertThat(HomeLock.heldBy(home)).isEmpty();
        try (HomeLock again = HomeLock.acquire(home, "repair")) {
            assertThat(again.previous()).as("a clean release leaves no stale holder").isEmpty();
        }
    }

    @Test
    void textLeftByAHolderThatDiedIsReportedAsTakenOver() throws Exception {
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state/autoheal.lock"), "pid=999999999\nsince=2026-01-01T00:00:00Z\ncommand=repair\n");
        try (HomeLock lock = HomeLock.acquire(new Home(dir), "repair")) {
            assertThat(lock.previous()).get().satisfies(p -> {
                assertThat(p.pid()).isEqualTo(999999999L);
                assertThat(p.alive()).isFalse();
                assertThat(p.describe()).isEqualTo("pid 999999999, since 2026-01-01T00:00:00Z, running repair");
            });
        }
    }

    @Test
    void garbageInTheLockFileIsNoHolder() {
        assertThat(LockHolder.parse("pid=abc\nsince=x")).isEmpty();
        assertThat(LockHolder.parse("\u0000\u0001binary")).isEmpty();
        assertThat(LockHolder.parse("pid=1\nsince=2026-01-01T00:00:00Z\ncommand=re$(rm -rf)pair\n")).get()
                .extracting(LockHolder::command).isEqualTo("re??rm -rf?pair");
    }
}
