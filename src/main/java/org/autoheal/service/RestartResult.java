package org.autoheal.service;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ServiceManager#restart} did and whether the service came back.
 *
 * @param action      {@code restart-command} (the configured restart argv) or {@code stop-start}
 * @param command     the argv that was run (restart, or start after a stop)
 * @param pid         the new managed process (stop-start only)
 * @param timeToReady from the end of the command to the first successful probe; null when not ready
 * @param detail      the successful probe's answer, or why the restart failed (with the log tail)
 * @param stopNote    what the stop had to say to the operator (a pid file naming a process AutoHeal
 *                    did not start, which was not signalled); null when nothing
 */
public record RestartResult(String service, String action, List<String> command, Long pid, boolean ready,
                            Duration timeToReady, String detail, String stopNote) {

    RestartResult withStopNote(String note) {
        return new RestartResult(service, action, command, pid, ready, timeToReady, detail, note);
    }
}
