package org.autoheal.exec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Processes that must outlive AutoHeal (services, pip, npm): started from a detached
 * {@link RunSpec} in their own session through setsid(1) on Linux, so a Ctrl-C or a killed
 * AutoHeal does not stop them; stdin from the null device, stdout and stderr appended to a log
 * file by the OS (no pipe whose reader could die with AutoHeal). Behind setsid a missing
 * program only shows up as a line in the log, so callers {@link #locate} it first and fail
 * with a clear message.
 */
public final class Detached {
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    public static final boolean WINDOWS = OS.startsWith("windows");

    private Detached() {
    }

    /**
     * Starts {@code spec} detached (see the class comment). The caller decides whether to wait;
     * on its timeout it kills the tree with {@link ProcessTree}.
     */
    public static Process start(RunSpec spec) throws IOException {
        if (!spec.isDetached()) {
            throw new IllegalArgumentException("not a detached run: " + spec.argv() + " has no log to append to");
        }
        List<String> command = new ArrayList<>();
        setsid().ifPresent(p -> command.add(p.toString()));
        command.addAll(spec.argv());
        ProcessBuilder builder = new ProcessBuilder(command).directory(spec.workdir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.appendTo().toFile()))
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(spec.environment());
        return builder.start();
    }

    /** The setsid program to put before a command, when the OS has one. */
    public static Optional<Path> setsid() {
        return OS.contains("linux") ? SETSID.stream().filter(Files::isExecutable).findFirst() : Optional.empty();
    }

    /** /dev/null (NUL on Windows): the stdin of a detached process. */
    public static File nullDevice() {
        return new File(WINDOWS ? "NUL" : "/dev/null");
    }

    /**
     * Where {@code program} would be found: relative to {@code workdir} when it names a path,
     * else on the PATH of {@code env} (AutoHeal's own PATH when env has none). Empty when it is
     * not an executable file; on Windows (PATHEXT rules) a bare name is trusted.
     */
    public static Optional<Path> locate(String program, Path workdir, Map<String, String> env) {
        if (program.contains("/") || program.contains(File.separator)) {
            Path p = workdir.resolve(program);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = env.getOrDefault("PATH", System.getenv("PATH"));
        Optional<Path> found = path == null ? Optional.empty() : Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir).resolve(program))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
        return found.isEmpty() && WINDOWS ? Optional.of(Path.of(program)) : found;
    }
}
