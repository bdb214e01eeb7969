package org.autoheal.flap;

import java.io.UncheckedIOException;
import java.util.Optional;
import org.autoheal.heal.HealGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flapping control as the pipeline's {@link HealGate}. The watch daemon enforces it; a repair run
 * by hand is never held back and is not counted as flapping (no place in the window, no backoff),
 * but a manual heal that works, or a toolchain seen healthy, still closes a breaker.
 */
public final class FlapGate implements HealGate {
    private static final Logger LOG = LoggerFactory.getLogger(FlapGate.class);
    private final FlapGuard guard;
    private final boolean enforce;

    private FlapGate(FlapGuard guard, boolean enforce) {
        this.guard = guard;
        this.enforce = enforce;
    }

    /** Blocks heals that backoff, the window or an open breaker hold back. */
    public static FlapGate enforcing(FlapGuard guard) {
        return new FlapGate(guard, true);
    }

    /** Never blocks; records outcomes and healthy runs. */
    public static FlapGate recordingOnly(FlapGuard guard) {
        return new FlapGate(guard, false);
    }

    /** A state file that cannot be written is a warning, like a corrupt one: healing goes on. */
    @Override
    public Optional<Deferral> deferral(String tool, String cause) {
        if (!enforce) return Optional.empty();
        try {
            Verdict v = guard.check(tool, cause);
            return v.allowed() ? Optional.empty() : Optional.of(new Deferral("flapping control: " + v.reason(), v.repeated()));
        } catch (UncheckedIOException e) {
            LOG.warn("flapping control unavailable, the heal goes ahead: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public boolean seenUndiagnosed(String tool, String signature) {
        return enforce && guard.seenUndiagnosed(tool, signature);
    }

    @Override
    public void finished(String tool, String cause, boolean healed) {
        try {
            if (enforce) guard.recorded(tool, cause, healed);
            else guard.recordedByPerson(tool, cause, healed);
        } catch (UncheckedIOException e) {
            LOG.warn("cannot record the heal of {}/{} for flapping control: {}", tool, cause, e.getMessage());
        }
    }

    @Override
    public void healthy(String tool) {
        try {
            guard.healthy(tool);
        } catch (UncheckedIOException e) {
            LOG.warn("cannot record that {} is healthy for flapping control: {}", tool, e.getMessage());
        }
    }
}
