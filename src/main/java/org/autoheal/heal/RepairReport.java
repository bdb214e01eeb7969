package org.autoheal.heal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one {@code repair} run found and did: a status per toolchain and the incidents. */
public final class RepairReport {
    public static final String HEALTHY = "healthy";
    public static final String HEALED = "healed";
    public static final String FAILING = "failing";
    public static final String PLANNED = "planned";
    /** Still failing, and flapping control still holds its heal back for the wait already journaled. */
    public static final String DEFERRED = "deferred";

    private final Map<String, String> toolchains = new LinkedHashMap<>();
    private final List<Incident> incidents = new ArrayList<>();

    void toolchain(String name, String status) { toolchains.put(name, status); }
    void incident(Incident i) { incidents.add(i); }

    public Map<String, String> toolchains() { return toolchains; }
    public List<Incident> incidents() { return incidents; }

    /** Exit 0 only when everything in scope is healthy or healed. */
    public boolean allGood() {
        return toolchains.values().stream().allMatch(s -> s.equals(HEALTHY) || s.equals(HEALED));
    }
}
