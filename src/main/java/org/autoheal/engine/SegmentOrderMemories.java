package org.autoheal.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.drools.core.common.ConcurrentNodeMemories;
import org.drools.core.common.Memory;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.SegmentMemory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

/**
 * A pooled session's node memories, reset as Drools 10.2 resets them but without a new {@code HashSet} per reset.
 * {@code ConcurrentNodeMemories.resetAllMemories} resets every memory the session ever made, collects their segments
 * in a fresh {@code HashSet} and resets each segment in that set's order: at 237 rules the set's hashing, node
 * allocation and resizing were 7 % of a batch's decision threads (docs/performance.md, session 13). Here the memories
 * are reset in the same order, and the segments are collected in the order they are first met; when that sequence is
 * the previous reset's (the usual case: a session's segments are made once), the set it would build is the same, so
 * its iteration order is the one remembered from the first time that sequence was seen. Otherwise the set is built
 * as Drools builds it. Installed by reflection on a new session ({@link #install}); when that fails the session keeps
 * Drools' own memories.
 */
final class SegmentOrderMemories extends ConcurrentNodeMemories {
    private static final Field SESSION_MEMORIES = field(StatefulKnowledgeSessionImpl.class, "nodeMemories");
    private static final Field MEMORY_ARRAY = field(ConcurrentNodeMemories.class, "memories");

    private final InternalRuleBase ruleBase;
    /** This reset's segments in the order first met (null once, where first met), and the previous reset's. */
    private List<SegmentMemory> met = new ArrayList<>();
    private List<SegmentMemory> lastMet = List.of();
    /** The iteration order of the set Drools would build from {@link #lastMet}. */
    private List<SegmentMemory> lastOrder = null;
    /** Each of {@link #lastOrder}'s segments' prototypes, as Drools' reset looks them up. */
    private SegmentMemory.SegmentPrototype[] lastPrototypes;
    /** Per memory index: the memory and its segment at the last reset, and how many memories there were. */
    private Memory[] memoryAt = new Memory[0];
    private SegmentMemory[] segmentAt = new SegmentMemory[0];
    /** Per memory index, two slots: its beta tables' bucket arrays last found as cleared ({@link AsReset#reset}). */
    private Object[] tablesAt = new Object[0];
    private int lastLength = -1;
    /** Per root node id: the reset that last met a segment of that root, and that segment (identity dedup). */
    private long[] resetOf = new long[64];
    private SegmentMemory[] segmentOf = new SegmentMemory[64];
    private long reset; // long: a daemon's session never wraps it back to an old reset's stamp

    private SegmentOrderMemories(InternalRuleBase ruleBase, StatefulKnowledgeSessionImpl session) {
        super(ruleBase, session);
        this.ruleBase = ruleBase;
    }

    /** Gives a just-made session these memories (taking over the ones it already has); false when not possible. */
    static boolean install(KieSession s) {
        if (SESSION_MEMORIES == null || MEMORY_ARRAY == null || !(s instanceof StatefulKnowledgeSessionImpl session)) return false;
        try {
            Object old = SESSION_MEMORIES.get(session);
            if (old == null || old.getClass() != ConcurrentNodeMemories.class) return false;
            SegmentOrderMemories mine = new SegmentOrderMemories(session.getKnowledgeBase(), session);
            MEMORY_ARRAY.set(mine, MEMORY_ARRAY.get(old));
            SESSION_MEMORIES.set(session, mine);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void resetAllMemories() {
        int n = length();
        boolean same = n == lastLength && lastOrder != null;
        if (memoryAt.length < n) {
            memoryAt = Arrays.copyOf(memoryAt, Math.max(n, memoryAt.length * 2));
            segmentAt = Arrays.copyOf(segmentAt, memoryAt.length);
            tablesAt = Arrays.copyOf(tablesAt, 2 * memoryAt.length);
        }
        for (int i = 0; i < n; i++) {
            Memory memory = peekNodeMemory(i);
            if (memory == null) {
                if (memoryAt[i] != null) same = false;
                memoryAt[i] = null;
                continue;
            }
            SegmentMemory s = AsReset.reset(memory, tablesAt, 2 * i);
            if (memoryAt[i] != memory || segmentAt[i] != s) {
                same = false;
                memoryAt[i] = memory;
                segmentAt[i] = s;
            }
        }
        lastLength = n;
        // the same memories with the same segments as at the last reset: the same segments to reset, in the same order
        if (!same) order(n);
        for (int k = 0; k < lastOrder.size(); k++) {
            SegmentMemory s = lastOrder.get(k);
            if (s == null) continue;
            s.reset(lastPrototypes[k]);
            if (s.isSegmentLinked()) s.notifyRuleLinkSegment();
        }
    }

    /** The segments of these memories and the order Drools' set gives them (remembered while the sequence met is the same). */
    private void order(int n) {
        reset++;
        met.clear();
        boolean nullMet = false;
        for (int i = 0; i < n; i++) {
            Memory memory = memoryAt[i];
            if (memory == null) continue;
            SegmentMemory s = segmentAt[i];
            if (s == null) {
                if (!nullMet) met.add(null);
                nullMet = true;
                continue;
            }
            int root = s.hashCode(); // the segment's root node id (SegmentMemory.hashCode)
            if (root < 0) {          // not an id: keep every occurrence, the set dedups them as Drools' does
                met.add(s);
                continue;
            }
            if (root >= resetOf.length) grow(root);
            if (resetOf[root] == reset) {
                if (segmentOf[root] == s) continue;
                met.add(s);          // another segment with the same root id: left to the set's equals, as in Drools
                continue;
            }
            resetOf[root] = reset;
            segmentOf[root] = s;
            met.add(s);
        }
        if (!sameAsLast()) {
            HashSet<SegmentMemory> set = new HashSet<>();
            set.addAll(met);
            lastOrder = new ArrayList<>(set);
            List<SegmentMemory> swap = lastMet instanceof ArrayList<SegmentMemory> l ? l : new ArrayList<>();
            lastMet = met;
            met = swap;
        }
        // looked up once per order: a segment's prototype is its rule base's, fixed once the base is built
        lastPrototypes = new SegmentMemory.SegmentPrototype[lastOrder.size()];
        for (int k = 0; k < lastOrder.size(); k++) {
            SegmentMemory s = lastOrder.get(k);
            if (s != null) lastPrototypes[k] = ruleBase.getSegmentPrototypeRegistry().getSegmentPrototype(s);
        }
    }

    /** The order of the last reset's segment resets (for tests). */
    List<SegmentMemory> lastOrder() {
        return lastOrder;
    }

    private boolean sameAsLast() {
        if (met.size() != lastMet.size()) return false;
        for (int i = 0; i < met.size(); i++) if (met.get(i) != lastMet.get(i)) return false;
        return true;
    }

    private void grow(int root) {
        int size = Math.max(root + 1, resetOf.length * 2);
        resetOf = Arrays.copyOf(resetOf, size);
        segmentOf = Arrays.copyOf(segmentOf, size);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
