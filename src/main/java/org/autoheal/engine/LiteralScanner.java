package org.autoheal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over a fixed set of literals: one pass over a text tells which of
 * them occur, whatever their number. Transitions live in one hash map keyed by (state, char).
 */
final class LiteralScanner {
    private final Map<Long, Integer> next = new HashMap<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<int[]> output = new ArrayList<>();
    private final int literalCount;

    LiteralScanner(List<String> literals) {
        this.literalCount = literals.size();
        newState();
        for (int i = 0; i < literals.size(); i++) {
            int s = 0;
            for (char c : literals.get(i).toCharArray()) {
                Integer t = next.get(key(s, c));
                if (t == null) {
                    t = newState();
                    next.put(key(s, c), t);
                }
                s = t;
            }
            output.set(s, append(output.get(s), i));
        }
        buildFailureLinks();
    }

    /** Indexes of the literals that occur in the text. */
    BitSet scan(CharSequence text) {
        BitSet found = new BitSet(literalCount);
        if (literalCount == 0) return found;
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            s = step(s, text.charAt(i));
            for (int lit : output.get(s)) found.set(lit);
        }
        return found;
    }

    private int step(int s, char c) {
        while (true) {
            Integer t = next.get(key(s, c));
            if (t != null) return t;
            if (s == 0) return 0;
            s = fail.get(s);
        }
    }

    private void buildFailureLinks() {
        // children per state, gathered once so the breadth-first walk is linear
        Map<Integer, List<long[]>> children = new HashMap<>();
        next.forEach((k, v) -> children.computeIfAbsent((int) (k >>> 16), x -> new ArrayList<>())
                .add(new long[] {k & 0xFFFF, v}));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] ch : children.getOrDefault(0, List.of())) {
            fail.set((int) ch[1], 0);
            queue.add((int) ch[1]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (long[] ch : children.getOrDefault(s, List.of())) {
                char c = (char) ch[0];
                int t = (int) ch[1];
                int f = fail.get(s);
                while (f != 0 && !next.containsKey(key(f, c))) f = fail.get(f);
                Integer ft = next.get(key(f, c));
                int link = ft != null && ft != t ? ft : 0;
                fail.set(t, link);
                output.set(t, concat(output.get(t), output.get(link)));
                queue.add(t);
            }
        }
    }

    private int newState() {
        fail.add(0);
        output.add(new int[0]);
        return fail.size() - 1;
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    private static int[] append(int[] a, int v) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) return a;
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
