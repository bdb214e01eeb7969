package org.autoheal.parse;

/**
 * Which of up to 64 fixed literals occur in a text, found in one pass over it. The extractors test
 * a couple of dozen literals on every line before they run a regex; one {@code String.contains} per
 * literal scanned each line that many times, and under C1 (one-shot commands and batches run it)
 * those scans were the largest single part of parsing. Bit k of a result is exactly
 * {@code text.contains(literal k)}.
 */
final class Literals {
    private static final int[] NONE = {};

    private final String[] literals;
    /** Each literal's second char, -1 for a literal of one char. */
    private final int[] second;
    /** For each ASCII char, the literals that start with it: as a mask and as a list. */
    private final long[] startingWith = new long[128];
    private final int[][] startingWithList = new int[128][];

    Literals(String... literals) {
        if (literals.length > 64) throw new IllegalArgumentException("at most 64 literals, got " + literals.length);
        this.literals = literals.clone();
        this.second = new int[literals.length];
        java.util.Arrays.fill(startingWithList, NONE);
        for (int k = 0; k < literals.length; k++) {
            char first = literals[k].charAt(0);
            if (first >= 128) throw new IllegalArgumentException("a literal must start with an ASCII char: " + literals[k]);
            startingWith[first] |= 1L << k;
            int[] list = java.util.Arrays.copyOf(startingWithList[first], startingWithList[first].length + 1);
            list[list.length - 1] = k;
            startingWithList[first] = list;
            second[k] = literals[k].length() > 1 ? literals[k].charAt(1) : -1;
        }
    }

    /** The literals that occur in {@code text}, bit k for literal k. */
    long in(String text) {
        long found = 0;
        int n = text.length();
        int c = n == 0 ? 0 : text.charAt(0);
        for (int i = 0; i < n; i++) {
            int next = i + 1 < n ? text.charAt(i + 1) : -1;
            if (c < 128 && (startingWith[c] & ~found) != 0) {
                for (int k : startingWithList[c]) {
                    long bit = 1L << k;
                    // the second char first: most starts end there without a call
                    if ((found & bit) == 0 && (second[k] < 0 || second[k] == next) && text.startsWith(literals[k], i)) found |= bit;
                }
            }
            c = next;
        }
        return found;
    }

    /** The bit of the literal {@code literal} (the first if it was given twice). */
    long bit(String literal) {
        for (int k = 0; k < literals.length; k++) if (literals[k].equals(literal)) return 1L << k;
        throw new IllegalArgumentException("not one of the literals: " + literal);
    }
}
