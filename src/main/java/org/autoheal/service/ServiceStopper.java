package org.autoheal.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.autoheal.config.Service;
import org.autoheal.exec.ProcessTree;
import org.autoheal.exec.RunResult;

/**
 * How a service is stopped: its configured stop command, else SIGTERM/SIGKILL to the process in
 * its pid file, and only when that process is still the one we started (same start time, and
 * running the start command config names today: a pid file on disk may have been forged).
 * If a stop command leaves our process running past the grace period, it is terminated too.
 */
final class ServiceStopper {
    private static final Duration AFTER_KILL = Duration.ofSeconds(2);

    private ServiceStopper() {
    }

    static StopResult stop(Service spec, Supplier<Path> workdir, Optional<PidRecord> record, Duration grace) {
        Optional<ProcessHandle> live = record.flatMap(r -> ServiceManager.ours(spec, r));
        Long pid = live.map(ProcessHandle::pid).orElse(null);
        if (spec.stop() != null) {
            RunResult outcome = ServiceCommand.run(spec.stop(), workdir.get(), spec.env(), ServiceManager.COMMAND_TIMEOUT);
            boolean ok = outcome.ok();
            String detail = ServiceCommand.summary(outcome);
            boolean forced = false;
            if (live.isPresent() && !ProcessTree.awaitExit(List.of(live.get()), grace)) {
                ProcessTree.Termination t = ProcessTree.terminate(live.get(), grace, AFTER_KILL);
                forced = t.forced();
                ok &= t.allGone();
                detail += "; pid " + pid + " outlived it and was terminated" + (t.forced() ? " with SIGKILL" : "");
            }
            return new StopResult(spec.name(), "stop-command", pid, forced, ok, detail);
        }
        if (live.isPresent()) {
            ProcessTree.Termination t = ProcessTree.terminate(live.get(), grace, AFTER_KILL);
            String how = t.forced() ? "SIGKILL after " + Texts.human(grace) + " grace" : "SIGTERM";
            String detail = (t.allGone() ? "stopped pid " : "could not stop pid ") + pid
                    + " (" + t.processes() + " process(es); " + how + ")";
            return new StopResult(spec.name(), "signal", pid, t.forced(), t.allGone(), detail);
        }
        Optional<String> impostor = record.flatMap(r -> spec.start() == null ? Optional.empty() : r.impostor(spec.start()));
        String detail = impostor.isPresent()
                ? StopResult.REFUSED + ": the pid file names a process that AutoHeal did not start for this service ("
                        + impostor.get() + ", the configured start command); removed the pid file, signalled nothing"
                : record.isPresent()
                ? "not running; removed stale pid file (pid " + record.get().pid() + " is gone or belongs to another process)"
                : "not running";
        return new StopResult(spec.name(), "none", null, false, true, detail);
    }
}
