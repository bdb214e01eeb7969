package org.autoheal.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher alone: real folders, the real WatchService, no rules compiled. */
class HomeWatcherTest {
    @TempDir Path home;
    final BlockingQueue<HomeWatcher.Change> changes = new LinkedBlockingQueue<>();
    final List<HomeWatcher.Change> all = new CopyOnWriteArrayList<>();
    HomeWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) watcher.close();
    }

    void start() throws Exception {
        watcher = HomeWatcher.start(home, Duration.ofMillis(150), c -> {
            all.add(c);
            changes.add(c);
        });
    }

    void write(String rel, String text) throws Exception {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** The next change that names {@code file}; earlier ones (e.g. a folder's creation) are skipped. */
    HomeWatcher.Change next(String file) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            HomeWatcher.Change c = changes.poll(100, TimeUnit.MILLISECONDS);
            if (c != null && c.files().contains(file)) return c;
        }
        throw new AssertionError("no change naming " + file + " within 10 s");
    }

    HomeWatcher.Change await(java.util.function.Predicate<HomeWatcher.Change> p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            HomeWatcher.Change c = changes.poll(100, TimeUnit.MILLISECONDS);
            if (c != null && p.test(c)) return c;
        }
        throw new AssertionError("no matching change within 10 s; seen " + all);
    }

    @Test
    void whenRuleFileEdited_thenReportsIt() throws Exception {
        write("rules/a.drl", "// one");
        start();
        write("rules/a.drl", "// two");
        assertThat(next("rules/a.drl").files()).containsExactly("rules/a.drl");
    }

    @Test
    void whenDrlWrittenInNewSubfolder_thenReportsIt() throws Exception {
        Files.createDirectories(home.resolve("rules"));
        start();
        Files.createDirectories(home.resolve("rules/site/extra"));
        write("rules/site/extra/b.drl", "// b");
        // written before the new folders were watched: the change names the folder it appeared in
        await(c -> c.files().stream().anyMatch(f -> f.startsWith("rules/site/")));
        write("rules/site/extra/b.drl", "// b edited later: the new folder is watched too");
        next("rules/site/extra/b.drl");
    }

    @Test
    void whenRulesFolderAppearsLater_thenItsFilesAreWatched() throws Exception {
        start();
        write("rules/late.drl", "// late");
        HomeWatcher.Change c = next("rules/");
        assertThat(c.files()).contains("rules/");
        write("rules/late.drl", "// edited");
        next("rules/late.drl");
    }

    @Test
    void whenSeveralFilesChangeTogether_thenOneChangeNamesThemAll() throws Exception {
        write("rules/a.drl", "// a");
        write("config/toolchains.json", "{}");
        start();
        write("rules/a.drl", "// a2");
        write("config/toolchains.json", "{\"toolchains\": {}}");
        write("config/autoheal_patterns.json", "{}");
        HomeWatcher.Change c = next("config/autoheal_patterns.json");
        assertThat(c.files()).contains("rules/a.drl", "config/toolchains.json", "config/autoheal_patterns.json");
        assertThat(c.firstEventNanos()).isLessThanOrEqualTo(System.nanoTime());
    }

    @Test
    void whenToolchainFileUnderConfigChanges_thenIgnored() throws Exception {
        write("config/settings.json", "{}");
        write("config/autoheal.json", "{}");
        Files.createDirectories(home.resolve("rules"));
        start();
        write("config/settings.json", "{\"a\": 1}"); // a toolchain's own file: healing it must not reload
        write("rules/not-a-rule.txt", "x");
        Thread.sleep(400); // deliberately: both events must pass the debounce window unreported before the relevant one; nothing to wait for
        write("config/autoheal.json", "{\"max_attempts\": 2}");
        HomeWatcher.Change c = next("config/autoheal.json");
        assertThat(c.files()).containsExactly("config/autoheal.json");
        assertThat(all).hasSize(1);
    }

    @Test
    void whenClosed_thenNoMoreChanges() throws Exception {
        write("rules/a.drl", "// a");
        start();
        watcher.close();
        write("rules/a.drl", "// after close");
        assertThat(changes.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(all).isEmpty();
    }
}
