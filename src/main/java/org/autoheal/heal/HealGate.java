package org.autoheal.heal;

import java.util.Optional;

/**
 * Lets flapping control (or anything else) hold a heal back and hear how heals end, without the
 * pipeline knowing the policy. The default gate never blocks and remembers nothing.
 */
public interface HealGate {
    HealGate OPEN = new HealGate() {
    };

    /**
     * Why a heal must not start now: {@code reason} in one line; {@code repeated} when it is the
     * same wait as the last deferral of this tool and cause (already journaled, nothing new to record).
     */
    record Deferral(String reason, boolean repeated) {
    }

    /** Why a heal of {@code tool} for {@code cause} must not start now; empty when it may. */
    default Optional<Deferral> deferral(String tool, String cause) {
        return Optional.empty();
    }

    /**
     * True when {@code tool} fails again with the undiagnosed error {@code signature} that was
     * already journaled (no rule matched it, so nothing new can happen until it changes).
     */
    default boolean seenUndiagnosed(String tool, String signature) {
        return false;
    }

    /** A heal that went ahead ended: {@code healed} or not (failed, error). */
    default void finished(String tool, String cause, boolean healed) {
    }

    /** {@code tool} ran clean. */
    default void healthy(String tool) {
    }
}
