package org.autoheal.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.autoheal.config.Service;
import org.autoheal.exec.RunLog;
import org.autoheal.exec.RunResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes, starts, stops and restarts the services toolchains depend on. A service with a
 * {@code start} command is run detached with its pid file in {@code <home>/state/services/} and
 * its output appended to {@code <home>/logs/services/<name>.log}; a service with
 * {@code restart}/{@code stop} commands is managed by whatever those commands talk to.
 * Every command comes from the {@link Service}, i.e. from config.
 */
public final class ServiceManager {
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
    /** Upper bound for configured restart/stop commands such as {@code systemctl restart x}. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STATUS_PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final int LOG_TAIL_LINES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ServiceManager.class);
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path home;
    private final Path logDir;
    private final PidFiles pidFiles;
    /** Processes started by this instance: their exit code makes a startup crash message precise. */
    private final Map<String, Process> launched = new ConcurrentHashMap<>();

    public ServiceManager(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.logDir = this.home.resolve("logs").resolve("services");
        this.pidFiles = new PidFiles(this.home.resolve("state").resolve("services"));
    }

    public Path pidFile(String name) {
        return pidFiles.path(name);
    }

    public Path logFile(String name) {
        return logDir.resolve(Service.requireValidName(name) + ".log");
    }

    /** Starts the service's {@code start} command detached; refuses when our copy is already running. */
    public PidRecord start(Service spec) {
        synchronized (lock(spec)) {
            if (spec.start() == null) {
                throw new ServiceException("service '" + spec.name() + "' has no start command, so AutoHeal does not run it;"
                        + " configure 'start' (or 'restart' for a service managed elsewhere)");
            }
            Optional<PidRecord> existing = pidFiles.read(spec.name());
            Optional<ProcessHandle> live = existing.flatMap(r -> ours(spec, r));
            if (live.isPresent()) {
                throw new ServiceException("service '" + spec.name() + "' is already running as pid " + live.get().pid()
                        + " (" + pidFile(spec.name()) + "); stop or restart it instead of starting a second copy");
            }
            Path workdir = workdir(spec);
            Path log = logFile(spec.name());
            try {
                long offset = appendHeader(log, spec, workdir);
                Process process = ServiceLauncher.launch(spec, workdir, log);
                String started = process.info().startInstant().map(Instant::toString).orElse(null);
                PidRecord record = new PidRecord(spec.name(), process.pid(), started, spec.start(),
                        workdir.toString(), log.toString(), offset);
                pidFiles.write(record);
                launched.put(spec.name(), process);
                LOG.info("started service '{}' as pid {}: {} (log {})", spec.name(), process.pid(), spec.start(), log);
                return record;
            } catch (IOException e) {
                throw new ServiceException("cannot start service '" + spec.name() + "' with " + spec.start()
                        + " in " + workdir + ": " + e.getMessage(), e);
            }
        }
    }

    public StopResult stop(Service spec) {
        return stop(spec, DEFAULT_GRACE);
    }

    /**
     * Stops the service: its {@code stop} command when configured, else SIGTERM to our process and
     * its descendants, SIGKILL after {@code grace}. A pid file whose pid now belongs to another
     * process (different start time, or not running the configured start command) is removed
     * without signalling anything; a pid file is kept
     * only while its process could not be stopped.
     */
    public StopResult stop(Service spec, Duration grace) {
        synchronized (lock(spec)) {
            Optional<PidRecord> record = pidFiles.read(spec.name());
            StopResult result = ServiceStopper.stop(spec, () -> workdir(spec), record, grace);
            if (record.flatMap(r -> ours(spec, r)).isEmpty()) {
                pidFiles.delete(spec.name());
                launched.remove(spec.name());
            }
            if (result.refusedToSignal()) LOG.warn("stop service '{}': {}", spec.name(), result.detail());
            else LOG.info("stop service '{}': {}", spec.name(), result.detail());
            return result;
        }
    }

    /** The configured {@code restart} command, else stop + start; then waits until the probe answers. */
    public RestartResult restart(Service spec) {
        synchronized (lock(spec)) {
            if (spec.restart() != null) {
                RunResult outcome = ServiceCommand.run(spec.restart(), workdir(spec), spec.env(), COMMAND_TIMEOUT);
                if (!outcome.ok()) {
                    return new RestartResult(spec.name(), "restart-command", spec.restart(), null, false, null,
                            ServiceCommand.summary(outcome), null);
                }
                return awaitAfter(spec, "restart-command", spec.restart(), null, false);
            }
            if (spec.start() == null) {
                throw new ServiceException("service '" + spec.name() + "' has neither a restart nor a start command;"
                        + " configure one of them in config/toolchains.json so AutoHeal can restart it");
            }
            StopResult stopped = stop(spec, DEFAULT_GRACE);
            if (!stopped.stopped()) {
                return new RestartResult(spec.name(), "stop-start", spec.start(), stopped.pid(), false, null,
                        "stop failed, not starting a second copy: " + stopped.detail(), null);
            }
            PidRecord record;
            try {
                record = start(spec);
            } catch (ServiceException e) {
                return new RestartResult(spec.name(), "stop-start", spec.start(), null, false, null, e.getMessage(),
                        stopped.refusedToSignal() ? stopped.detail() : null);
            }
            RestartResult r = awaitAfter(spec, "stop-start", spec.start(), record.pid(), true);
            return stopped.refusedToSignal() ? r.withStopNote(stopped.detail()) : r;
        }
    }

    private RestartResult awaitAfter(Service spec, String action, List<String> command, Long pid, boolean watchPid) {
        try {
            Ready ready = await(spec, watchPid);
            return new RestartResult(spec.name(), action, command, pid, true, ready.elapsed(), ready.probe().detail(), null);
        } catch (ServiceException e) {
            return new RestartResult(spec.name(), action, command, pid, false, null, e.getMessage(), null);
        }
    }

    /** The pid file of the service when it names the live process AutoHeal started for it (same command, same start). */
    public Optional<PidRecord> running(Service spec) {
        return pidFiles.read(spec.name()).filter(r -> ours(spec, r).isPresent());
    }

    ServiceStatus status(Service spec) {
        return status(spec, STATUS_PROBE_TIMEOUT);
    }

    ServiceStatus status(Service spec, Duration probeTimeout) {
        Optional<ProcessHandle> live = pidFiles.read(spec.name()).flatMap(r -> ours(spec, r));
        ProbeResult probe = probe(spec).check(probeTimeout);
        return new ServiceStatus(spec.name(), live.isPresent(), live.map(ProcessHandle::pid).orElse(null), probe);
    }

    /**
     * Probes with backoff until up or {@code readyTimeout}; throws {@link ServiceException} on
     * timeout, or at once when the process in the pid file has died (with its log tail).
     */
    public Ready awaitReady(Service spec) {
        return await(spec, true);
    }

    private Ready await(Service spec, boolean watchPid) {
        Optional<PidRecord> record = watchPid ? pidFiles.read(spec.name()) : Optional.empty();
        return ReadinessWaiter.await(spec.name(), probe(spec), spec.readyTimeout(),
                () -> record.flatMap(r -> deathOf(spec, r)),
                // the log named by config, never the one the pid file names: a forged one could point anywhere
                () -> record.map(r -> "\nLast lines of " + logFile(spec.name()) + ":\n"
                        + LogTail.read(logFile(spec.name()), r.logOffset(), LOG_TAIL_LINES))
                        .orElse(""));
    }

    /** Empty while the recorded process lives; else "exited (pid N, exit code C, command [...])". */
    private Optional<String> deathOf(Service spec, PidRecord record) {
        Process own = launched.get(spec.name());
        boolean ours = own != null && own.pid() == record.pid();
        if (ours ? own.isAlive() : ours(spec, record).isPresent()) return Optional.empty();
        String code = ours ? ", exit code " + own.exitValue() : "";
        return Optional.of("exited (pid " + record.pid() + code + ", command " + spec.start() + ")");
    }

    /**
     * The process of {@code record} when it is the one AutoHeal started for {@code spec}: same
     * start time and running the start command config names today. Only such a process is
     * signalled; a pid file is state on disk and may name anyone.
     */
    static Optional<ProcessHandle> ours(Service spec, PidRecord record) {
        return spec.start() == null ? Optional.empty() : record.liveProcess(spec.start());
    }

    private Probe probe(Service spec) {
        return Probes.of(spec.probe(), workdir(spec), spec.env());
    }

    private Path workdir(Service spec) {
        Path dir = home.resolve(spec.workdir()).normalize();
        if (!Files.isDirectory(dir)) {
            throw new ServiceException("workdir " + dir + " of service '" + spec.name() + "' is not a directory;"
                    + " fix 'workdir' in config/toolchains.json (relative paths are relative to the home " + home + ")");
        }
        return dir;
    }

    /** Marks each run in the log, and returns the offset where this run's output begins. */
    private static long appendHeader(Path log, Service spec, Path workdir) throws IOException {
        // a service's log is never rotated: the service itself keeps appending to it
        return RunLog.begin(log, "--- autoheal " + Instant.now() + ": starting '" + spec.name() + "': " + spec.start()
                + " in " + workdir + System.lineSeparator(), Long.MAX_VALUE);
    }

    private Object lock(Service spec) {
        return LOCKS.computeIfAbsent(pidFile(spec.name()), p -> new Object());
    }
}
