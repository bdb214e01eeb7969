package org.autoheal.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: an argv (never a shell command line), the folder to run it in, extra
 * environment variables on top of the inherited ones, a timeout and an output bound.
 *
 * @param argv           program and its arguments, each passed to the OS exactly as given
 * @param workdir        the folder the process starts in
 * @param env            variables added to (or overriding) the inherited environment
 * @param timeout        after this the process and all its descendants are killed
 * @param maxOutputBytes bound per captured stream (stdout, stderr, combined); head and tail are kept
 */
public record RunSpec(List<String> argv, Path workdir, Map<String, String> env,
                      Duration timeout, int maxOutputBytes) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 1 << 20;
    static final int MIN_OUTPUT_BYTES = 256;

    public RunSpec {
        Objects.requireNonNull(argv, "argv");
        Objects.requireNonNull(workdir, "workdir");
        Objects.requireNonNull(timeout, "timeout");
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

    public static RunSpec of(Path workdir, List<String> argv) {
        return new RunSpec(argv, workdir, Map.of(), DEFAULT_TIMEOUT, DEFAULT_MAX_OUTPUT_BYTES);
    }

    public static RunSpec of(Path workdir, String... argv) {
        return of(workdir, Arrays.asList(argv));
    }

    public RunSpec withEnv(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(env);
        merged.putAll(extra);
        return new RunSpec(argv, workdir, merged, timeout, maxOutputBytes);
    }

    public RunSpec withTimeout(Duration newTimeout) {
        return new RunSpec(argv, workdir, env, newTimeout, maxOutputBytes);
    }

    public RunSpec withMaxOutputBytes(int bytes) {
        return new RunSpec(argv, workdir, env, timeout, bytes);
    }

    private static void checkVariable(String name, String value) {
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("invalid environment variable name or value: " + name);
        }
    }
}
