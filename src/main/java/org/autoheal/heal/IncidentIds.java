package org.autoheal.heal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Incident ids like {@code 20261125T190512Z-build-1}: time, toolchain, a number unique in the home. */
final class IncidentIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Path backups;
    private final Clock clock;
    private final Map<String, Integer> last = new HashMap<>(); // per "stamp-tool-" prefix, this second only
    private String stamp = "";

    private static final Map<Path, IncidentIds> BY_HOME = new java.util.concurrent.ConcurrentHashMap<>();

    /** One generator per home in this JVM, so concurrent repairs and reports never share an id. */
    static IncidentIds forHome(Path backups) {
        return BY_HOME.computeIfAbsent(backups.toAbsolutePath().normalize(), b -> new IncidentIds(b, Clock.systemUTC()));
    }

    IncidentIds(Path backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    synchronized String next(String tool) {
        String now = STAMP.format(clock.instant());
        if (!now.equals(stamp)) {
            stamp = now;
            last.clear(); // ids carry the second: older counters can never be asked for again
        }
        String prefix = now + "-" + tool + "-";
        int n = last.getOrDefault(prefix, 0);
        String id;
        do {
            id = prefix + ++n;
        } while (Files.exists(backups.resolve(id))); // another process's incident this second
        last.put(prefix, n);
        return id;
    }
}
