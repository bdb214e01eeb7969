package org.autoheal.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: an argv (never a shell command line), the folder to run it in, the environment,
 * a timeout and how output is kept. Attached runs ({@link ProcessRunner}) capture the output in
 * memory; a detached run ({@link #appendTo} set, {@link Detached#start}) has the OS append it to a
 * log file and outlives AutoHeal.
 *
 * @param argv           program and its arguments, each passed to the OS exactly as given
 * @param workdir        the folder the process starts in
 * @param env            variables added to (or, with {@link Base#EXACT}, making up) the environment
 * @param timeout        after this the process and all its descendants are killed
 * @param maxOutputBytes bound per captured stream (stdout, stderr, combined)
 * @param keep           which part of a long output is kept
 * @param base           what {@code env} is laid over
 * @param appendTo       detached: the log file stdout and stderr are appended to; null when attached
 */
public record RunSpec(List<String> argv, Path workdir, Map<String, String> env,
                      Duration timeout, int maxOutputBytes, Keep keep, Base base, Path appendTo) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 1 << 20;
    static final int MIN_OUTPUT_BYTES = 256;

    /** Which bytes of a long output are kept. */
    public enum Keep {
        /** The first and the last half: compilers put the first error at the head, tracebacks the cause at the tail. */
        HEAD_AND_TAIL,
        /** The last bytes only: installers and service commands say what went wrong at the end. */
        TAIL
    }

    /** The environment {@code env} is laid over. */
    public enum Base {
        /** AutoHeal's variables with messages in English ({@link MessageLocale}), so rules see their wording. */
        ENGLISH_MESSAGES,
        /** AutoHeal's variables as they are. */
        INHERITED,
        /** Nothing: {@code env} is the whole environment. */
        EXACT
    }

    public RunSpec {
        Objects.requireNonNull(argv, "argv");
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(base, "base");
        argv = List.copyOf(argv); // also rejects null elements
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("argv must start with a program name, got " + argv);
        }
        // Commons Exec rewrites '\' in the executable to the file separator; refuse rather than run something else.
        if (argv.get(0).indexOf('\\') >= 0) {
            throw new IllegalArgumentException("program name must not contain a backslash: " + argv.get(0));
        }
        workdir = workdir.toAbsolutePath().normalize();
        env = Map.copyOf(env == null ? Map.of() : env);
        env.forEach(RunSpec::checkVariable);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxOutputBytes < MIN_OUTPUT_BYTES) {
            throw new IllegalArgumentException("maxOutputBytes must be at least " + MIN_OUTPUT_BYTES + ", got " + maxOutputBytes);
        }
    }

    /** Attached, head and tail kept, messages in English. */
    public RunSpec(List<String> argv, Path workdir, Map<String, String> env, Duration timeout, int maxOutputBytes) {
        this(argv, workdir, env, timeout, maxOutputBytes, Keep.HEAD_AND_TAIL, Base.ENGLISH_MESSAGES, null);
    }

    public static RunSpec of(Path workdir, List<String> argv) {
        return new RunSpec(argv, workdir, Map.of(), DEFAULT_TIMEOUT, DEFAULT_MAX_OUTPUT_BYTES);
    }

    public static RunSpec of(Path workdir, String... argv) {
        return of(workdir, Arrays.asList(argv));
    }

    public RunSpec withEnv(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(env);
        merged.putAll(extra);
        return new RunSpec(argv, workdir, merged, timeout, maxOutputBytes, keep, base, appendTo);
    }

    public RunSpec withTimeout(Duration newTimeout) {
        return new RunSpec(argv, workdir, env, newTimeout, maxOutputBytes, keep, base, appendTo);
    }

    public RunSpec withMaxOutputBytes(int bytes) {
        return new RunSpec(argv, workdir, env, timeout, bytes, keep, base, appendTo);
    }

    /** Keeps only the last {@code bytes} of each stream. */
    public RunSpec keepingTail(int bytes) {
        return new RunSpec(argv, workdir, env, timeout, bytes, Keep.TAIL, base, appendTo);
    }

    public RunSpec over(Base newBase) {
        return new RunSpec(argv, workdir, env, timeout, maxOutputBytes, keep, newBase, appendTo);
    }

    /** Detached: the OS appends stdout and stderr to {@code log}; see {@link Detached#start}. */
    public RunSpec detached(Path log) {
        return new RunSpec(argv, workdir, env, timeout, maxOutputBytes, keep, base, Objects.requireNonNull(log, "log"));
    }

    public boolean isDetached() {
        return appendTo != null;
    }

    /** The whole environment the process gets. */
    public Map<String, String> environment() {
        return switch (base) {
            case ENGLISH_MESSAGES -> MessageLocale.environment(env);
            case INHERITED -> {
                Map<String, String> all = new HashMap<>(System.getenv());
                all.putAll(env);
                yield all;
            }
            case EXACT -> new HashMap<>(env);
        };
    }

    private static void checkVariable(String name, String value) {
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid environment variable name or value: " + name);
        }
    }
}
