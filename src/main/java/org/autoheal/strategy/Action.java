package org.autoheal.strategy;

import java.nio.file.Path;
import java.util.List;

/**
 * One planned change. It declares what it will touch so the pipeline can back it up first;
 * {@link #apply()} does the work; {@link #verification()} says how to check it.
 */
public interface Action {
    /** One line for the plan, the approval prompt and the report. */
    String describe();

    /** Existing files whose content will change: copied before apply. */
    default List<Path> modifies() { return List.of(); }

    /** Existing files whose mode only will change: old mode recorded before apply. */
    default List<Path> chmods() { return List.of(); }

    /** Files or folders the action creates: removed again on rollback. */
    default List<Path> creates() { return List.of(); }

    /** Does the work; returns what was done, for the report. */
    String apply() throws Exception;

    /** Undoes what a backup cannot restore (e.g. a pip install) after a failed verification. */
    default void undo() throws Exception {
    }

    default Verification verification() { return Verification.RERUN_ONCE; }
}
