package org.autoheal.service;

import java.time.Duration;

/** One way of asking "is the service up?". Implementations never throw: a failure is a down result. */
public interface Probe {

    /** Checks once, giving up after {@code timeout}. */
    ProbeResult check(Duration timeout);

    /** What is probed, for messages: e.g. {@code tcp 127.0.0.1:8765}. */
    String target();
}
