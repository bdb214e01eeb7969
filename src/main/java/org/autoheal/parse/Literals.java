package org.autoheal.parse;

/**
 * Which of up to 64 fixed literals occur in a text, found in one pass over it. The extractors test
 * a couple of dozen literals on every line before they run a regex; one {@code String.contains} per
 * literal scanned each line that many times, and under C1 (one-shot commands and batches run it)
 * those scans were the largest single part of parsing. Bit k of a result is exactly
 * {@code text.contains(literal k)}.
 */
final class Literals {
    private final String[] literals;
    /** For each ASCII char, the literals that start with it; and those whose second char it is. */
    private final long[] startingWith = new long[128];
    private final long[] secondIs = new long[128];
    /** Literals of one char or with a non-ASCII second char: not filtered by the next char. */
    private long anySecond;

    Literals(String... literals) {
        if (literals.length > 64) throw new IllegalArgumentException("at most 64 literals, got " + literals.length);
        this.literals = literals.clone();
        for (int k = 0; k < literals.length; k++) {
            char first = literals[k].charAt(0);
            if (first >= 128) throw new IllegalArgumentException("a literal must start with an ASCII char: " + literals[k]);
            startingWith[first] |= 1L << k;
            if (literals[k].length() > 1 && literals[k].charAt(1) < 128) secondIs[literals[k].charAt(1)] |= 1L << k;
            else anySecond |= 1L << k;
        }
    }

    /** The literals that occur in {@code text}, bit k for literal k. */
    long in(String text) {
        long found = 0;
        int n = text.length();
        int c = n == 0 ? 0 : text.charAt(0);
        for (int i = 0; i < n; i++) {
            int next = i + 1 < n ? text.charAt(i + 1) : -1;
            if (c < 128) {
                // a literal can start here only if both its first and its second char are the text's
                long candidates = startingWith[c] & ((next >= 0 && next < 128 ? secondIs[next] : 0) | anySecond) & ~found;
                while (candidates != 0) {
                    int k = Long.numberOfTrailingZeros(candidates);
                    candidates &= candidates - 1;
                    if (text.startsWith(literals[k], i)) found |= 1L << k;
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
