package org.autoheal.service;

/**
 * A service right now. {@code running} means a process AutoHeal started is alive (and is the
 * same process, not a reused pid); a service managed elsewhere has running=false and may still be up.
 */
record ServiceStatus(String service, boolean running, Long pid, ProbeResult probe) {
    public boolean up() {
        return probe.up();
    }
}
