package org.autoheal.heal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

/** Incident ids like {@code 20261125T190512Z-build-1}: time, toolchain, a number unique in the home. */
final class IncidentIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Path backups;
    private final Clock clock;
    private final Set<String> used = new HashSet<>();

    IncidentIds(Path backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    synchronized String next(String tool) {
        String prefix = STAMP.format(clock.instant()) + "-" + tool + "-";
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (!used.contains(id) && !Files.exists(backups.resolve(id))) {
                used.add(id);
                return id;
            }
        }
    }
}
