package org.autoheal.service;

import java.time.Duration;

/** A service answered its probe: after how long, after how many probes, and what the last probe said. */
public record Ready(Duration elapsed, int attempts, ProbeResult probe) {
}
