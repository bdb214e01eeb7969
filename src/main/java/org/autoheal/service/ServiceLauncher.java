package org.autoheal.service;

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
 * Starts a service's foreground command detached: in its own session via setsid on Linux (a
 * Ctrl-C to AutoHeal does not reach it), stdin from /dev/null, stdout and stderr appended to its
 * log file by the OS (no pump thread of ours, so the output keeps flowing after AutoHeal exits).
 */
final class ServiceLauncher {
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private ServiceLauncher() {
    }

    static Process launch(ServiceSpec spec, Path workdir, Path log) throws IOException {
        requireRunnable(spec.name(), spec.start().get(0), workdir, spec.env());
        List<String> command = new ArrayList<>();
        setsid().ifPresent(p -> command.add(p.toString()));
        command.addAll(spec.start());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workdir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(WINDOWS ? "NUL" : "/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(spec.env());
        return builder.start();
    }

    static Optional<Path> setsid() {
        return LINUX ? SETSID.stream().filter(Files::isExecutable).findFirst() : Optional.empty();
    }

    /**
     * Fails early and clearly when the program is missing: behind setsid the failure would
     * otherwise only show up as a line in the log.
     */
    static void requireRunnable(String service, String program, Path workdir, Map<String, String> env) {
        if (program.contains("/") || program.contains(File.separator)) {
            Path p = workdir.resolve(program);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new ServiceException("cannot start service '" + service + "': " + p
                        + " is not an executable file (workdir " + workdir + ")");
            }
            return;
        }
        String path = env.getOrDefault("PATH", System.getenv("PATH"));
        boolean found = path != null && Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir).resolve(program))
                .anyMatch(p -> Files.isRegularFile(p) && Files.isExecutable(p));
        if (!found && !WINDOWS) {
            throw new ServiceException("cannot start service '" + service + "': program '" + program
                    + "' not found on PATH; install it or give its full path in the service's start command");
        }
    }
}
