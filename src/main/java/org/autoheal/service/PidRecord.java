package org.autoheal.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.autoheal.exec.ProcessTree;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Content of {@code state/services/<name>.pid}: which process AutoHeal started for a service.
 * The process start time guards against pid reuse: a live pid whose start time differs is not ours.
 * The file is AutoHeal's own, but it is read back from disk and may have been edited: a process is
 * only ours when it also runs the command today's config names ({@link #liveProcess(List)}).
 *
 * @param startTime ISO-8601 instant from {@link ProcessHandle.Info#startInstant()}, null if unknown
 * @param logOffset size of the log file when this run began, so a log tail shows only this run
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PidRecord(String name, long pid, String startTime, List<String> command, String workdir,
                        String log, long logOffset) {

    /** Start times are read from /proc in clock ticks plus a boot time in whole seconds, so allow a little slack. */
    private static final Duration SAME_START = Duration.ofSeconds(2);

    @JsonIgnore
    public Optional<Instant> startInstant() {
        try {
            return startTime == null ? Optional.empty() : Optional.of(Instant.parse(startTime));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The live process this record describes: still running, started at the recorded time (not a
     * reused pid) and running {@code argv}, the command AutoHeal launched as today's config names
     * it (see {@link LiveCommand#runs}). The recorded {@link #command} is never trusted for this: a
     * forged record can copy any process's pid, start time and command line.
     */
    public Optional<ProcessHandle> liveProcess(List<String> argv) {
        return started().filter(h -> LiveCommand.of(pid).filter(actual -> LiveCommand.runs(actual, argv)).isPresent());
    }

    /** As {@link #liveProcess(List)} for a process known by its arguments only (see {@link LiveCommand#runsArguments}). */
    public Optional<ProcessHandle> liveProcessWithArguments(List<String> arguments) {
        return started().filter(h -> LiveCommand.of(pid).filter(actual -> LiveCommand.runsArguments(actual, arguments)).isPresent());
    }

    /**
     * Why a live pid of this record is not signalled: "pid 42 runs `sleep 1000`, not `python3 srv.py`";
     * empty when the pid is gone, reused (other start time) or does run {@code argv}.
     */
    public Optional<String> impostor(List<String> argv) {
        if (started().isEmpty() || liveProcess(argv).isPresent()) return Optional.empty();
        String runs = LiveCommand.of(pid).map(LiveCommand::show).orElse("a command line that cannot be read");
        return Optional.of("pid " + pid + " runs `" + runs + "`, not `" + LiveCommand.show(argv) + "`");
    }

    /** The process with this pid, if it runs and started at the recorded time. */
    private Optional<ProcessHandle> started() {
        Optional<Instant> recorded = startInstant();
        if (recorded.isEmpty() || pid <= 0) return Optional.empty();
        return ProcessHandle.of(pid)
                .filter(ProcessTree::isRunning)
                .filter(h -> h.info().startInstant()
                        .map(actual -> Duration.between(actual, recorded.get()).abs().compareTo(SAME_START) <= 0)
                        .orElse(false));
    }
}
