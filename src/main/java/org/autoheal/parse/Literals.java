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
    /**
     * The literals by their first two chars: entry {@code pair(a, b)} holds the bits of the literals that start with
     * {@code a} then {@code b} (and of others whose pair falls in the same entry: each is confirmed with startsWith).
     * One table read per char; most chars start no literal, and most that start one start none here.
     */
    private final long[] byPair = new long[PAIRS];
    /** The literals of one char, by that char. */
    private final long[] single = new long[128];
    private static final int PAIRS = 1024;

    Literals(String... literals) {
        if (literals.length > 64) throw new IllegalArgumentException("at most 64 literals, got " + literals.length);
        this.literals = literals.clone();
        for (int k = 0; k < literals.length; k++) {
            char first = literals[k].charAt(0);
            if (first >= 128) throw new IllegalArgumentException("a literal must start with an ASCII char: " + literals[k]);
            if (literals[k].length() == 1) single[first] |= 1L << k;
            else byPair[pair(first, literals[k].charAt(1))] |= 1L << k;
        }
    }

    private static int pair(int a, int b) {
        return (a * 31 + b) & (PAIRS - 1);
    }

    /** The literals that occur in {@code text}, bit k for literal k. */
    long in(String text) {
        return in(text, 0, text.length());
    }

    /** The literals that occur in {@code text[from, to)}. */
    long in(String text, int from, int to) {
        long found = 0;
        int next = from < to ? text.charAt(from) : 0;
        for (int i = from; i < to; i++) {
            int c = next;
            next = i + 1 < to ? text.charAt(i + 1) : -1;
            if (c >= 128) continue;
            long candidates = (single[c] | (next < 0 ? 0 : byPair[pair(c, next)])) & ~found;
            while (candidates != 0) {
                int k = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                if (literals[k].length() <= to - i && text.startsWith(literals[k], i)) found |= 1L << k;
            }
        }
        return found;
    }

    /** The bit of the literal {@code literal} (the first if it was given twice). */
    long bit(String literal) {
        for (int k = 0; k < literals.length; k++) if (literals[k].equals(literal)) return 1L << k;
        throw new IllegalArgumentException("not one of the literals: " + literal);
    }
}
