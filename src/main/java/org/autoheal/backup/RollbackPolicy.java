package org.autoheal.backup;

/** What a rollback does with a path that holds neither the original nor what the heal left there. */
public enum RollbackPolicy {
    /** {@code autoheal rollback}: refuse that path and name what changed; the rest is restored. */
    CHECKED,
    /**
     * {@code rollback --force}, a failed heal, recovery after a crash: keep a copy of the current
     * content in the incident's backup folder, then restore. Nothing is lost either way.
     */
    KEEP_COPIES
}
