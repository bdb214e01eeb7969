package org.autoheal.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.exec.RunResult;

/** Up when the configured argv exits 0 within the timeout. Run directly, never through a shell. */
public final class CommandProbe implements Probe {
    private final List<String> argv;
    private final Path workdir;
    private final Map<String, String> env;

    public CommandProbe(List<String> argv, Path workdir, Map<String, String> env) {
        this.argv = Service.argv("probe", "command", argv);
        if (this.argv == null) throw new IllegalArgumentException("command probe needs a command (argv)");
        this.workdir = workdir == null ? Path.of(".") : workdir;
        this.env = env == null ? Map.of() : Map.copyOf(env);
    }

    @Override
    public ProbeResult check(Duration timeout) {
        long t0 = System.nanoTime();
        RunResult outcome = ServiceCommand.run(argv, workdir, env, timeout);
        String summary = ServiceCommand.summary(outcome);
        return outcome.ok() ? ProbeResult.up(summary, t0) : ProbeResult.down(summary, t0);
    }

    @Override
    public String target() {
        return "command " + argv;
    }
}
