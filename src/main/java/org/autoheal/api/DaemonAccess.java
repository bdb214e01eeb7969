package org.autoheal.api;

import org.autoheal.flap.FlapGuard;

/**
 * The mutable flapping guard of an {@link AutoHeal}, for AutoHeal's own watch daemon and HTTP
 * intake (and their tests), which record heals and healthy periods in it. Not the embedding API:
 * an embedder reads {@link AutoHeal#flapping()}. Public only because Java has no friend packages.
 */
public final class DaemonAccess {
    private DaemonAccess() {
    }

    public static FlapGuard flapGuard(AutoHeal autoheal) {
        return autoheal.flapGuard();
    }
}
