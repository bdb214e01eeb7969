package org.autoheal.flap;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Flapping control of a home as of one read of {@code state/flapping.json}: breaker, backoff and
 * window of each configured toolchain and of every other name with state. Immutable: what an
 * embedder sees; only the daemon and the intake change the state behind it.
 */
public record FlapSnapshot(Instant at, Map<String, FlapStatus> tools) {

    public FlapSnapshot {
        tools = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tools)); // keeps the order
    }

    /** Reads the guard's state once. */
    public static FlapSnapshot of(FlapGuard guard, java.util.Collection<String> names, Instant at) {
        return new FlapSnapshot(at, guard.statuses(names));
    }

    public Optional<FlapStatus> status(String tool) {
        return Optional.ofNullable(tools.get(tool));
    }

    /** Names whose breaker is open (needs attention). */
    public long breakersOpen() {
        return tools.values().stream().filter(FlapStatus::needsAttention).count();
    }
}
