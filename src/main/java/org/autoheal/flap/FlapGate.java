package org.autoheal.flap;

import java.util.Optional;
import org.autoheal.heal.HealGate;

/**
 * Flapping control as the pipeline's {@link HealGate}. The watch daemon enforces it; a repair run
 * by hand only records (the operator overrides backoff and breaker), so a manual heal that works,
 * or a toolchain seen healthy, still closes a breaker.
 */
public final class FlapGate implements HealGate {
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

    @Override
    public Optional<String> deferral(String tool, String cause) {
        if (!enforce) return Optional.empty();
        Verdict v = guard.check(tool, cause);
        return v.allowed() ? Optional.empty() : Optional.of("flapping control: " + v.reason());
    }

    @Override
    public void finished(String tool, String cause, boolean healed) {
        guard.recorded(tool, cause, healed);
    }

    @Override
    public void healthy(String tool) {
        guard.healthy(tool);
    }
}
