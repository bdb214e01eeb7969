package org.autoheal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over a fixed set of literals: one pass over a text tells which of
 * them occur, whatever their number. The trie is built in maps, then frozen into arrays: a batch
 * scans every error with it (a map lookup per char, with a boxed key, was a tenth of a decision at
 * 1000 custom patterns), and batches run C1, which compiles array loops well and map lookups badly.
 */
final class LiteralScanner {
    private static final int[] NONE = {};

    /** The root's transitions by ASCII char (0: stay at the root); other chars go through the edge lists. */
    private final int[] rootAscii = new int[128];
    /** Edges of state s: {@code edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s + 1])}, sorted by char. */
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    /** The literals that end at each state, its failure chain's included. */
    private final int[][] output;
    private final int literalCount;

    LiteralScanner(List<String> literals) {
        this.literalCount = literals.size();
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        next.add(new HashMap<>());
        out.add(NONE);
        for (int i = 0; i < literals.size(); i++) {
            int s = 0;
            for (char c : literals.get(i).toCharArray()) {
                Integer t = next.get(s).get(c);
                if (t == null) {
                    t = next.size();
                    next.add(new HashMap<>());
                    out.add(NONE);
                    next.get(s).put(c, t);
                }
                s = t;
            }
            out.set(s, append(out.get(s), i));
        }
        int states = next.size();
        this.fail = new int[states];
        this.output = out.toArray(int[][]::new);
        this.edgeStart = new int[states + 1];
        int edges = next.stream().mapToInt(Map::size).sum();
        this.edgeChar = new char[edges];
        this.edgeTarget = new int[edges];
        int e = 0;
        for (int s = 0; s < states; s++) {
            edgeStart[s] = e;
            List<Character> chars = new ArrayList<>(next.get(s).keySet());
            chars.sort(null);
            for (char c : chars) {
                edgeChar[e] = c;
                edgeTarget[e++] = next.get(s).get(c);
            }
        }
        edgeStart[states] = e;
        next.get(0).forEach((c, t) -> { if (c < 128) rootAscii[c] = t; });
        buildFailureLinks();
    }

    /** Indexes of the literals that occur in the text. */
    BitSet scan(String text) {
        BitSet found = new BitSet(literalCount);
        if (literalCount == 0) return found;
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = step(s, text.charAt(i));
            int[] ends = output[s];
            for (int k = 0; k < ends.length; k++) found.set(ends[k]);
        }
        return found;
    }

    private int step(int s, char c) {
        while (true) {
            if (s == 0) return c < 128 ? rootAscii[c] : edge(0, c);
            int t = edge(s, c);
            if (t != 0) return t;
            s = fail[s];
        }
    }

    /** The state s goes to on c, 0 when it has no such edge (no edge leads back to the root). */
    private int edge(int s, char c) {
        int from = edgeStart[s];
        int to = edgeStart[s + 1];
        if (to - from > 8) {
            int at = Arrays.binarySearch(edgeChar, from, to, c);
            return at >= 0 ? edgeTarget[at] : 0;
        }
        for (int e = from; e < to; e++) if (edgeChar[e] == c) return edgeTarget[e];
        return 0;
    }

    /** Breadth first: a state's failure link is the longest proper suffix of its path that is in the trie. */
    private void buildFailureLinks() {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) queue.add(edgeTarget[e]); // depth 1 fails to the root
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                char c = edgeChar[e];
                int t = edgeTarget[e];
                int link = step(fail[s], c);
                fail[t] = link;
                output[t] = concat(output[t], output[link]);
                queue.add(t);
            }
        }
    }

    private static int[] append(int[] a, int v) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        if (b.length == 0) return a;
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
