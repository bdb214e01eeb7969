package org.autoheal.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Content of {@code state/services/<name>.pid}: which process AutoHeal started for a service.
 * The process start time guards against pid reuse: a live pid whose start time differs is not ours.
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

    /** The live process this record describes, if it is still running and is the same process (not a reused pid). */
    public Optional<ProcessHandle> liveProcess() {
        Optional<Instant> recorded = startInstant();
        if (recorded.isEmpty()) return Optional.empty();
        return ProcessHandle.of(pid)
                .filter(ProcessTree::running)
                .filter(h -> h.info().startInstant()
                        .map(actual -> Duration.between(actual, recorded.get()).abs().compareTo(SAME_START) <= 0)
                        .orElse(false));
    }
}
