package org.autoheal.service;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoheal.exec.Detached;

/**
 * Starts a service's foreground command detached: in its own session via setsid on Linux (a
 * Ctrl-C to AutoHeal does not reach it), stdin from /dev/null, stdout and stderr appended to its
 * log file by the OS (no pump thread of ours, so the output keeps flowing after AutoHeal exits).
 */
final class ServiceLauncher {
    private ServiceLauncher() {
    }

    static Process launch(ServiceSpec spec, Path workdir, Path log) throws IOException {
        requireRunnable(spec.name(), spec.start().get(0), workdir, spec.env());
        List<String> command = new ArrayList<>();
        Detached.setsid().ifPresent(p -> command.add(p.toString()));
        command.addAll(spec.start());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workdir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Detached.nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(spec.env());
        return builder.start();
    }

    /**
     * Fails early and clearly when the program is missing: behind setsid the failure would
     * otherwise only show up as a line in the log.
     */
    static void requireRunnable(String service, String program, Path workdir, Map<String, String> env) {
        if (Detached.locate(program, workdir, env).isPresent()) return;
        if (program.contains("/") || program.contains(File.separator)) {
            throw new ServiceException("cannot start service '" + service + "': " + workdir.resolve(program)
                    + " is not an executable file (workdir " + workdir + ")");
        }
        throw new ServiceException("cannot start service '" + service + "': program '" + program
                + "' not found on PATH; install it or give its full path in the service's start command");
    }
}
