package org.autoheal.engine;

import org.drools.core.common.Memory;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.TupleMemory;
import org.drools.core.util.index.TupleIndexHashTable;
import org.drools.core.util.index.TupleList;

/**
 * Whether a node memory is already in the state its {@code reset()} would leave it in, so a session reset can skip it.
 * Most of a pooled session's beta memories hold nothing after a decision (1-2 signal facts reach few joins), yet Drools
 * 10.2's {@code BetaMemory.reset} gives each hash-indexed side a new table ({@code AbstractHashTable.clear}: a new array
 * of {@code min(length, 16)} buckets); that allocation was a third of a batch's session resets. Only the exact classes
 * whose reset is known are recognised; anything else is reset as Drools resets it.
 */
final class AsReset {
    /** {@code AbstractHashTable.clear}'s bucket count: a table no longer than this is remade at the same length. */
    private static final int CLEARED_LENGTH = 16;

    private AsReset() {
    }

    /**
     * A {@link BetaMemory} (exactly) with no counter, nothing staged and both tuple memories empty as cleared. Its reset
     * would only replace empty tables with empty tables of the same length (and drop cached iterators, which are reset
     * to the table whenever they are fetched), so the memory is the same either way.
     */
    static boolean betaMemory(Memory memory) {
        if (memory.getClass() != BetaMemory.class) return false;
        BetaMemory beta = (BetaMemory) memory;
        return beta.getCounter() == 0 && beta.getStagedRightTuples().isEmpty() && beta.getStagedRightTuples().getInsertSize() == 0
                && cleared(beta.getLeftTupleMemory()) && cleared(beta.getRightTupleMemory());
    }

    private static boolean cleared(TupleMemory tuples) {
        if (tuples == null) return true;
        if (tuples.getClass() == TupleList.class) {
            TupleList list = (TupleList) tuples;   // LinkedList.clear: no first, no last, size 0
            return list.size() == 0 && list.getFirst() == null && list.getLast() == null;
        }
        if (tuples.getClass() == TupleIndexHashTable.class) {
            TupleIndexHashTable table = (TupleIndexHashTable) tuples;
            // no tuple, no bucket list, every bucket empty, and a length clear() would keep
            if (table.size() != 0 || !table.isEmpty()) return false;
            Object[] buckets = table.getTable();
            if (buckets.length > CLEARED_LENGTH) return false;
            for (Object bucket : buckets) if (bucket != null) return false;
            return true;
        }
        return false;
    }
}
