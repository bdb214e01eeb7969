package org.autoheal.state;

import java.time.Instant;
import java.util.Optional;

/**
 * Who holds (or last held) the home lock, as written into {@code state/autoheal.lock}.
 *
 * @param pid     the holder's process id
 * @param since   when it took the lock
 * @param command what it is doing, e.g. {@code repair}
 */
public record LockHolder(long pid, Instant since, String command) {
    private static final int MAX_CHARS = 512;

    /** The lock file's text: three {@code key=value} lines. */
    String text() {
        return "pid=" + pid + "\nsince=" + since + "\ncommand=" + command + "\n";
    }

    /** Reads the text back; empty for an empty, torn or foreign file (the lock itself is what counts). */
    static Optional<LockHolder> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) return Optional.empty();
        Long pid = null;
        Instant since = null;
        String command = "?";
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "pid" -> pid = Long.parseLong(value);
                    case "since" -> since = Instant.parse(value);
                    case "command" -> command = value.replaceAll("[^A-Za-z0-9 _.-]", "?");
                    default -> { }
                }
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return pid == null || since == null ? Optional.empty() : Optional.of(new LockHolder(pid, since, command));
    }

    /** "pid 4242, since 2026-11-26T00:45:12Z, running repair". */
    public String describe() {
        return pid < 0 ? "holder unknown" : "pid " + pid + ", since " + since + ", running " + command;
    }

    /** True if a process with this pid is alive (it may be another program that reused the pid). */
    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
