package org.autoheal.reload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.autoheal.engine.RuleSources;
import org.autoheal.testing.Wait;

/** A temp home for reload tests: files, the default rules, and waiting by polling with a real clock. */
final class ReloadHome {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    final Path root;
    final List<ReloadEvent> events = new CopyOnWriteArrayList<>();

    ReloadHome(Path root) {
        this.root = root;
    }

    /** Some of the default rules (all of them compile 4x slower, and these tests need only a few). */
    ReloadHome withDefaultRules(String... names) throws Exception {
        var bundled = RuleSources.bundled();
        for (String n : names) write("rules/" + n, bundled.get("rules/" + n));
        return this;
    }

    void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Polls until {@code done} holds for what {@code probe} returns; the last value is in the failure. */
    static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        boolean held = Wait.until(() -> {
            last.set(probe.get());
            return done.test(last.get());
        }, TIMEOUT);
        if (held) return last.get();
        if (Thread.currentThread().isInterrupted()) throw new AssertionError("interrupted while waiting for " + what);
        throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + "; last: " + last.get());
    }

    /** The first event after the first {@code skip} that satisfies {@code p}. */
    ReloadEvent awaitEvent(String what, int skip, Predicate<ReloadEvent> p) {
        return await(what, () -> events.stream().skip(skip).filter(p).findFirst().orElse(null), e -> e != null);
    }

    static String rule(String name, int salience, String cause, String marker) {
        return """
                package org.autoheal.rules.site;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "%s"
                    salience %d
                when
                    $e : ToolchainError( raw matches "(?s).*%s.*" )
                then
                    insert( Diagnosis.of("%s", $e) );
                end
                """.formatted(name, salience, marker, cause);
    }
}
