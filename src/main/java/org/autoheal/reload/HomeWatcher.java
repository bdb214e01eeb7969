package org.autoheal.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a home's {@code rules/} (rule files, their examples and the tables of {@code rules/data/};
 * recursively, including folders created later) and the three
 * AutoHeal files in {@code config/} with the JDK WatchService, on one daemon thread. Events are
 * collected until {@code quiet} passes without any (an editor's save is several events), then
 * handed over as one {@link Change}. The home itself is watched so that {@code rules/} or
 * {@code config/} may appear, disappear or be replaced later. Other files under config/ belong
 * to the toolchains and are ignored.
 */
final class HomeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HomeWatcher.class);
    static final Set<String> CONFIG_FILES = Set.of("autoheal.json", "toolchains.json", "autoheal_patterns.json");
    /** A steady stream of events must not postpone a reload forever. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(2);

    /** What changed (paths relative to the home; folders end with '/'), and when the first event came. */
    public record Change(List<String> files, long firstEventNanos) {
    }

    private final Path root;
    private final Path rules;
    private final Path config;
    private final Duration quiet;
    private final Consumer<Change> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Thread thread;

    private HomeWatcher(Path home, Duration quiet, Consumer<Change> onChange) throws IOException {
        this.root = home.toAbsolutePath().normalize();
        this.rules = root.resolve("rules");
        this.config = root.resolve("config");
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::loop, "autoheal-watch " + root.getFileName());
        thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} runs on the watcher's thread, one change at a time. */
    public static HomeWatcher start(Path home, Duration quiet, Consumer<Change> onChange) throws IOException {
        HomeWatcher w = new HomeWatcher(home, quiet, onChange);
        try {
            w.register(w.root, ENTRY_CREATE, ENTRY_DELETE);
            if (Files.isDirectory(w.config)) w.register(w.config, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            if (Files.isDirectory(w.rules)) w.registerTree(w.rules);
        } catch (UncheckedIOException e) {
            w.service.close();
            throw e;
        }
        w.thread.start();
        return w;
    }

    private void loop() {
        Set<String> changed = new TreeSet<>();
        long first = 0;
        try {
            while (true) {
                WatchKey key = changed.isEmpty() ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                long now = System.nanoTime();
                if (key != null) {
                    boolean wasEmpty = changed.isEmpty();
                    try {
                        handle(key, changed);
                    } catch (RuntimeException e) { // e.g. a new folder that cannot be watched: keep watching the rest
                        log.warn("watching {}: {}", root, e.getMessage());
                    }
                    if (wasEmpty && !changed.isEmpty()) first = now;
                }
                if (!changed.isEmpty() && (key == null || now - first > MAX_DELAY.toNanos())) {
                    deliver(new Change(List.copyOf(changed), first));
                    changed.clear();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: end quietly
        }
    }

    private void deliver(Change change) {
        try {
            onChange.accept(change);
        } catch (RuntimeException e) {
            log.error("handling a change to {} failed; still watching", change.files(), e);
        }
    }

    private void handle(WatchKey key, Set<String> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == OVERFLOW || dir == null) {
                rescan(); // events were lost: look at everything again
                changed.add("rules/");
                changed.add("config/");
                continue;
            }
            Path child = dir.resolve((Path) e.context());
            if (dir.equals(root)) onHomeEntry(child, e.kind() == ENTRY_CREATE, changed);
            else if (dir.equals(config)) {
                if (CONFIG_FILES.contains(child.getFileName().toString())) changed.add(show(child));
            } else onRulesEntry(child, e.kind(), changed);
        }
        if (!key.reset()) dirs.remove(key); // the folder is gone
    }

    private void onHomeEntry(Path child, boolean created, Set<String> changed) {
        if (child.equals(rules)) {
            if (created && Files.isDirectory(child)) registerTree(child);
            changed.add("rules/");
        } else if (child.equals(config)) {
            if (created && Files.isDirectory(child)) register(child, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            changed.add("config/");
        }
    }

    private void onRulesEntry(Path child, WatchEvent.Kind<?> kind, Set<String> changed) {
        if (kind == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            registerTree(child); // files written before the registration produced no event: look for them
            if (containsRuleFiles(child)) changed.add(show(child) + "/");
        } else if (ruleFile(child)) {
            changed.add(show(child));
        } else if (kind == ENTRY_DELETE && dirs.containsValue(child)) {
            changed.add(show(child) + "/"); // a folder moved away in one step
        }
    }

    private void rescan() {
        if (Files.isDirectory(config) && !dirs.containsValue(config)) register(config, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        if (Files.isDirectory(rules)) registerTree(rules);
    }

    private void registerTree(Path top) {
        try (Stream<Path> all = Files.walk(top)) {
            all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !dirs.containsValue(p))
                    .forEach(p -> register(p, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot watch all of {}: {}; changes there may be missed until the next event", show(top), e.getMessage());
        }
    }

    private void register(Path dir, WatchEvent.Kind<?>... kinds) {
        try {
            dirs.put(dir.register(service, kinds), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
    }

    private boolean containsRuleFiles(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.anyMatch(this::ruleFile);
        } catch (IOException | UncheckedIOException e) {
            return true; // cannot tell: let the reload look
        }
    }

    /** A rule file, a file of rule examples (a reload runs them: DESIGN §9) or a knowledge table (rules/data/*.json). */
    private boolean ruleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".examples.json")
                || name.endsWith(".json") && rules.resolve("data").equals(p.getParent());
    }

    private String show(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Stops the thread; a change being handled finishes first. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            log.warn("closing the watch service of {} failed: {}", root, e.getMessage());
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
