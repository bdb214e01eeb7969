package org.autoheal.state;

import java.nio.file.Path;
import java.util.Optional;

/** Another process (or another part of this one) holds the home lock; nothing was changed. */
public final class HomeLockedException extends RuntimeException {
    private final transient Optional<LockHolder> holder;

    HomeLockedException(Path lockFile, Optional<LockHolder> holder) {
        super("another AutoHeal is healing this home (" + holder.map(LockHolder::describe).orElse("holder unknown")
                + "); wait for it to finish and run the command again (lock: " + lockFile + ")");
        this.holder = holder;
    }

    public Optional<LockHolder> holder() {
        return holder;
    }
}
