package org.autoheal.engine;

import org.drools.core.common.Memory;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.EvalConditionNode.EvalMemory;
import org.drools.core.reteoo.LeftInputAdapterNode.LiaNodeMemory;
import org.drools.core.reteoo.PathMemory;
import org.drools.core.reteoo.SegmentMemory;
import org.drools.core.reteoo.TupleMemory;
import org.drools.core.util.index.TupleIndexHashTable;
import org.drools.core.util.index.TupleList;

/**
 * Resets a session's node memory as Drools 10.2 does, without remaking tables that are already as a reset leaves them.
 * {@code BetaMemory.reset} clears both tuple memories, resets the staged right tuples and zeroes the counter; clearing a
 * hash-indexed side gives it a new table ({@code AbstractHashTable.clear}: a new array of {@code min(length, 16)}
 * buckets). After a decision most of a pooled session's beta memories hold no tuple (1-2 signal facts reach few joins;
 * most only staged a right input that was never evaluated), so that allocation, twice per beta memory, was a third of a
 * batch's session resets. Only the exact classes whose reset is known are recognised; any other memory is reset by
 * Drools.
 */
final class AsReset {
    /** {@code AbstractHashTable.clear}'s bucket count: a table no longer than this is remade at the same length. */
    private static final int CLEARED_LENGTH = 16;

    private AsReset() {
    }

    /** Resets the memory; a {@link BetaMemory} whose both sides are as cleared keeps them and has the rest reset. */
    static void reset(Memory memory) {
        reset(memory, new Object[2], 0);
    }

    /**
     * {@link #reset(Memory)}, with {@code seen[at]} and {@code seen[at + 1]} the bucket arrays of the memory's left and
     * right hash tables when a reset last found them as cleared (updated here): an array's length never changes, so the
     * same array is still one clear keeps, and its length need not be read again (a cache miss per side and reset).
     * Returns the memory's segment. The four classes that make up nearly all of a session's memories are called by
     * their exact class: the same methods, without an interface dispatch among five classes per memory and reset.
     */
    static SegmentMemory reset(Memory memory, Object[] seen, int at) {
        Class<?> type = memory.getClass();
        if (type == BetaMemory.class) {
            BetaMemory beta = (BetaMemory) memory;
            if (cleared(beta.getLeftTupleMemory(), seen, at) && cleared(beta.getRightTupleMemory(), seen, at + 1)) {
                beta.getStagedRightTuples().resetAll();   // the rest of BetaMemory.reset
                beta.setCounter(0);
            } else {
                beta.reset();
            }
            return beta.getSegmentMemory();
        }
        if (type == PathMemory.class) {
            PathMemory path = (PathMemory) memory;
            path.reset();
            return path.getSegmentMemory();
        }
        if (type == LiaNodeMemory.class) {
            LiaNodeMemory lia = (LiaNodeMemory) memory;
            lia.reset();
            return lia.getSegmentMemory();
        }
        if (type == EvalMemory.class) {
            EvalMemory eval = (EvalMemory) memory;
            eval.reset();
            return eval.getSegmentMemory();
        }
        memory.reset();
        return memory.getSegmentMemory();
    }

    /**
     * A tuple memory that its {@code clear()} would leave the same: no tuple, and for a hash table no bucket list (the
     * table counts the lists its buckets hold) at a length clear keeps. Cached iterators, which clear drops, are reset to
     * the table whenever they are fetched.
     */
    static boolean cleared(TupleMemory tuples) {
        return cleared(tuples, new Object[1], 0);
    }

    private static boolean cleared(TupleMemory tuples, Object[] seen, int at) {
        if (tuples == null) return true;
        if (tuples.getClass() == TupleIndexHashTable.class) {
            TupleIndexHashTable table = (TupleIndexHashTable) tuples;
            if (table.size() != 0 || !table.isEmpty()) return false;
            Object buckets = table.getTable();
            if (buckets != null && buckets == seen[at]) return true;
            if (table.getTable().length > CLEARED_LENGTH) return false;
            seen[at] = buckets;
            return true;
        }
        if (tuples.getClass() == TupleList.class) {
            TupleList list = (TupleList) tuples;   // LinkedList.clear: no first, no last, size 0
            return list.size() == 0 && list.getFirst() == null && list.getLast() == null;
        }
        return false;
    }
}
