package org.autoheal.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.autoheal.flap.FlapStatus;

/** Every check of one {@code health} run, in order, and the flapping state of each toolchain in scope. */
public record HealthReport(Instant at, List<Check> checks, Map<String, FlapStatus> flapping) {

    public HealthReport {
        checks = List.copyOf(checks);
        flapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flapping));
    }

    /** Exit 0 only when every check passed. */
    public boolean healthy() {
        return checks.stream().allMatch(Check::ok);
    }

    public List<Check> failed() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    /** The checks of one toolchain. */
    public List<Check> of(String tool) {
        return checks.stream().filter(c -> !c.kind().equals(Check.SERVICE) && c.scope().equals(tool)).toList();
    }

    public List<Check> services() {
        return checks.stream().filter(c -> c.kind().equals(Check.SERVICE)).toList();
    }
}
