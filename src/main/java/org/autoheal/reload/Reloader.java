package org.autoheal.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a new {@link Snapshot} (config + rules) away from the threads that decide, and puts it
 * in service with one atomic set, or rejects it and leaves the previous one serving. Readers
 * never wait: they take {@code current.get()} once and keep that snapshot for the whole
 * decision or incident. Reloads run one at a time so a slow older one cannot overwrite a newer one.
 */
public final class Reloader {
    private static final Logger log = LoggerFactory.getLogger(Reloader.class);
    public static final Duration QUIET = Duration.ofMillis(150);

    private final SnapshotLoader loader;
    private final AtomicReference<Snapshot> current;
    private final List<Consumer<ReloadEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    public Reloader(SnapshotLoader loader, AtomicReference<Snapshot> current) {
        this.loader = loader;
        this.current = current;
    }

    /** Called with every reload result, on the thread that reloaded; exceptions are logged and ignored. */
    public void addListener(Consumer<ReloadEvent> listener) {
        listeners.add(listener);
    }

    /** Reloads now, on the caller's thread. */
    public ReloadEvent reload() {
        return reload(List.of(), System.nanoTime());
    }

    /** Reloads after {@code files} changed; {@code sinceNanos} (System.nanoTime) starts the latency clock. */
    public ReloadEvent reload(List<String> files, long sinceNanos) {
        ReloadEvent event;
        synchronized (lock) {
            Snapshot before = current.get();
            List<String> errors;
            try {
                Snapshot next = loader.load();
                // rules that hang or fail their examples are rejected like rules that do not compile
                List<String> problems = RuleTrial.problems(next);
                if (problems.isEmpty()) {
                    current.set(next);
                    event = ReloadEvent.served(files, RuleHashes.diff(before.ruleHashes(), next.ruleHashes()),
                            millis(sinceNanos), next.rules().version());
                } else {
                    event = ReloadEvent.rejected(files, problems, millis(sinceNanos), before.rules().version());
                }
            } catch (RuleCompileException e) {
                errors = describe(e.problems());
                event = ReloadEvent.rejected(files, errors, millis(sinceNanos), before.rules().version());
            } catch (ConfigException e) {
                errors = List.of(e.getMessage());
                event = ReloadEvent.rejected(files, errors, millis(sinceNanos), before.rules().version());
            } catch (RuntimeException e) { // e.g. a rule file deleted while being read: the next event retries
                errors = List.of("reload failed: " + e);
                event = ReloadEvent.rejected(files, errors, millis(sinceNanos), before.rules().version());
            }
            logEvent(event);
        }
        for (Consumer<ReloadEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                log.error("a reload listener failed", e);
            }
        }
        return event;
    }

    /** Watches the home and reloads after each change (debounced); close the result to stop. */
    public HomeWatcher watch() {
        try {
            return HomeWatcher.start(loader.home().root(), QUIET, c -> reload(c.files(), c.firstEventNanos()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + loader.home().root() + " for changes: " + e.getMessage(), e);
        }
    }

    private static void logEvent(ReloadEvent e) {
        if (e.ok()) {
            log.info("reload {}", e.summary());
            return;
        }
        log.warn("reload {}", e.summary());
        e.errors().forEach(err -> log.warn("{}", err));
    }

    /** Drops the DRL parser's "null Package" echo of a syntax error already reported with its location. */
    static List<String> describe(List<RuleProblem> problems) {
        Set<String> located = problems.stream().filter(p -> p.line() > 0).map(RuleProblem::file).collect(Collectors.toSet());
        return problems.stream().filter(p -> !(p.line() <= 0 && located.contains(p.file())
                && p.message().contains("Parser returned a null Package"))).map(RuleProblem::toString).toList();
    }

    private static long millis(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1_000_000;
    }
}
