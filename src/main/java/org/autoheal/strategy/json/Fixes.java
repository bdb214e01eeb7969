package org.autoheal.strategy.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits the tolerant reader needs to turn the text into strict JSON, each a source range
 * {@code [start, end)} and its replacement. Applying them leaves every other character as it
 * was: layout, key order, number and escape spellings, line endings. An empty list is the
 * caller's signal that the input already was valid.
 */
final class Fixes {
    /** Past this many, the report names how many more there were (the backup keeps them all). */
    static final int MAX_SHOWN = 50;

    /**
     * One change: {@code what} says what it was for a person reading the report, {@code at} where
     * (a comment's own first character, though the blanks around it go too).
     */
    record Edit(int start, int end, String replacement, String what, int at) {}

    /** By position; at one position an insertion goes before a removal (a closing bracket before a trailing comment). */
    private static final Comparator<Edit> ORDER = Comparator.comparingInt(Edit::start)
            .thenComparingInt(e -> e.end() > e.start() ? 1 : 0);

    private final List<Edit> edits = new ArrayList<>();

    void add(int start, int end, String replacement, String what) {
        edits.add(new Edit(start, end, replacement, what, start));
    }

    void add(int start, int end, String replacement, String what, int at) {
        edits.add(new Edit(start, end, replacement, what, at));
    }

    void add(Edit edit) {
        edits.add(edit);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** In text order (stable: insertions at one place keep the order they were made in). */
    List<Edit> edits() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(ORDER);
        return sorted;
    }

    /** The text with every edit made; removals that overlap (a comment and the spaces before it) are merged. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (Edit e : edits()) {
            int start = Math.max(e.start(), at);
            out.append(text, at, start).append(e.replacement());
            at = Math.max(at, e.end());
        }
        return out.append(text, at, text.length()).toString();
    }

    /** One line per edit, {@code line L, column C: what}, positions in {@code text}; capped at {@link #MAX_SHOWN}. */
    List<String> describe(String text) {
        List<String> out = new ArrayList<>();
        List<Edit> sorted = edits();
        int line = 1;
        int lineStart = text.startsWith("\uFEFF") ? 1 : 0; // columns count from after a byte order mark, as the lexer's do
        int scanned = 0;
        char[] chars = sorted.isEmpty() ? new char[0] : text.toCharArray(); // charAt costs more under the client compiler
        for (Edit e : sorted) {
            if (out.size() == MAX_SHOWN) {
                out.add("and " + (sorted.size() - MAX_SHOWN) + " more edits of the same kinds (the backup keeps the original)");
                break;
            }
            for (; scanned < e.at() && scanned < chars.length; scanned++) {
                char c = chars[scanned];
                boolean crlf = c == '\r' && scanned + 1 < chars.length && chars[scanned + 1] == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            out.add("line " + line + ", column " + Math.max(1, e.at() - lineStart + 1) + ": " + e.what());
        }
        return out;
    }
}
