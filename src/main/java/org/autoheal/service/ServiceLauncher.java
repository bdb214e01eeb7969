package org.autoheal.service;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.exec.Detached;
import org.autoheal.exec.RunSpec;

/**
 * Starts a service's foreground command detached ({@link Detached#start}): in its own session via
 * setsid on Linux (a Ctrl-C to AutoHeal does not reach it), stdin from /dev/null, stdout and stderr
 * appended to its log file by the OS (no pump thread of ours, so the output keeps flowing after
 * AutoHeal exits). The environment is AutoHeal's plus the service's own variables.
 */
final class ServiceLauncher {
    private ServiceLauncher() {
    }

    static Process launch(Service spec, Path workdir, Path log) throws IOException {
        requireRunnable(spec.name(), spec.start().get(0), workdir, spec.env());
        // the timeout is unused: a service runs until it is stopped
        return Detached.start(new RunSpec(spec.start(), workdir, spec.env(), RunSpec.DEFAULT_TIMEOUT,
                RunSpec.DEFAULT_MAX_OUTPUT_BYTES).over(RunSpec.Base.INHERITED).detached(log));
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
