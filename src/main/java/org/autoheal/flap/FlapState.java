package org.autoheal.flap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What flapping control remembers, per toolchain: its breaker, when it was last seen healthy,
 * its recent heals (for the window) and, per cause, the run of consecutive failed heals.
 * Mutable and package-private: only {@link FlapGuard} changes it, under the store's lock.
 */
final class FlapState {
    final Map<String, Tool> tools = new TreeMap<>();

    Tool tool(String name) {
        return tools.computeIfAbsent(name, n -> new Tool());
    }

    static final class Tool {
        /** Set while the breaker is open: the toolchain needs attention. */
        Breaker breaker;
        /** Start of the current healthy period; null after a failure was seen. */
        Instant healthySince;
        /** Start times of heals inside the window, oldest first. */
        final List<Instant> heals = new ArrayList<>();
        final Map<String, Cause> causes = new TreeMap<>();

        Cause cause(String name) {
            return causes.computeIfAbsent(name, n -> new Cause());
        }

        boolean isEmpty() {
            return breaker == null && healthySince == null && heals.isEmpty() && causes.isEmpty();
        }
    }

    static final class Cause {
        /** Consecutive failed heals; a heal that works sets it back to 0. */
        int failures;
        Instant lastFailure;
    }

    record Breaker(Instant openedAt, String cause, int failures) {
    }
}
