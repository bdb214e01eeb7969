package org.autoheal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleSources;

/**
 * The bundled rules compiled once per test JVM, put into a fresh home's rules cache
 * ({@code state/cache}) before a {@code repair} runs in it in this JVM: the home then starts as on its
 * second run, from the cache, instead of compiling all bundled rules again (1-3 s on a quiet
 * 2-core machine, 20-90 s at load 20-40; most of the suite's in-process time went there). The
 * entry is the one this JVM's own first run would have written (same rule files, same code,
 * same JVM: the cache key). A home with rules/ of its own, or a state/ already, is left alone,
 * and child JVMs compile for themselves: their first decision from a cache would do its lazy
 * work cold. Compiling and the cache are proven where they are the subject (RuleBaseCacheTest,
 * RuleTablesTest, the rules and guide tests with their own rules/).
 */
public final class BundledRulesCache {
    private static Path compiled;

    private BundledRulesCache() {
    }

    /** A folder holding one rules cache entry: the bundled rules as this JVM compiles them. */
    private static synchronized Path compiled() {
        if (compiled == null) {
            try {
                Path dir = Files.createTempDirectory("autoheal-bundled-rules-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                RuleCompiler.compile(RuleSources.bundled(), dir);
                compiled = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuleCompileException e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
            }
        }
        return compiled;
    }

    /** {@code -Dautoheal.test.seedRules=false}: every fresh home compiles, as before (to compare, or to look at a first run). */
    private static final boolean SEED_FRESH_HOMES = Boolean.parseBoolean(System.getProperty("autoheal.test.seedRules", "true"));

    /** Seeds {@code home} when it is a home that has not run yet and runs the bundled rules (no rules/, no state/). */
    static void seedFreshHome(Path home) {
        if (!SEED_FRESH_HOMES || !Files.isRegularFile(home.resolve("config/toolchains.json"))
                || Files.exists(home.resolve("rules"), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(home.resolve("state"), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        seed(home);
    }

    /** Puts the compiled bundled rules into {@code home}'s rules cache (a folder only this user may write, as AutoHeal makes it). */
    public static void seed(Path home) {
        try {
            Path cache = Files.createDirectories(home.resolve("state/cache"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> entries = Files.list(compiled())) {
                for (Path e : entries.filter(f -> f.getFileName().toString().endsWith(".bin")).toList()) {
                    // copied beside and renamed, as AutoHeal writes an entry: a run already in the home never reads half of it
                    Path tmp = Files.createTempFile(cache, "rules-", ".tmp");
                    Files.copy(e, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, cache.resolve(e.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temp folder; best effort at exit
        }
    }
}
