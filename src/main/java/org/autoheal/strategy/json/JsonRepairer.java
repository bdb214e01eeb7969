package org.autoheal.strategy.json;

import java.util.Objects;

/**
 * Turns almost-JSON into strict JSON by editing only what is broken: every other character
 * (layout, indentation, key order, number and escape spellings, line endings, the final
 * newline) stays as it was, and no value changes. Pure text in, text out: file reading,
 * backup and the atomic write belong to the caller.
 *
 * <p>Repairs comments ({@code //}, {@code /* *}{@code /}, and {@code #} at the start of a line),
 * trailing commas and a comma after the whole value, single-quoted and balanced typographic
 * quotes, unquoted identifier keys, missing commas, Python's True/False/None, special
 * whitespace between tokens, brackets left open at end of file, a byte order mark, a missing
 * colon between a key and its value, and a string whose closing quote is missing on its line
 * when exactly one reading makes the file valid: the quote at one place on that line, or the
 * string going on over the line break to a quote on a later line (see {@link StringCloser}). Refuses (with line:column) NaN/Infinity, mismatched
 * brackets, doubled commas, missing values, text over the size limit and nesting over the
 * depth limit. Thread-safe; build one and reuse it.
 */
public final class JsonRepairer {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 1000;
    /** The parser and writer recurse once per level; past this the thread stack is at risk. */
    public static final int MAX_SUPPORTED_DEPTH = 2000;

    private final long maxBytes;
    private final int maxDepth;
    private final StrictJson strict;
    private final LossCheck lossCheck;

    public JsonRepairer() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /**
     * @param maxBytes largest input accepted, counted as UTF-8 bytes
     * @param maxDepth deepest nesting of objects and arrays accepted, 1 to {@link #MAX_SUPPORTED_DEPTH}
     */
    public JsonRepairer(long maxBytes, int maxDepth) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        if (maxDepth < 1 || maxDepth > MAX_SUPPORTED_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be 1.." + MAX_SUPPORTED_DEPTH + ", was " + maxDepth);
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.strict = new StrictJson(maxDepth);
        this.lossCheck = new LossCheck(strict);
    }

    /**
     * @return the text with the edits made, and one line per edit (none if the text already was strict JSON)
     * @throws UnrepairableJsonException if the text cannot be repaired without guessing; nothing
     *         should be written then
     */
    public JsonRepair repair(String text) throws UnrepairableJsonException {
        Objects.requireNonNull(text, "text");
        char[] chars = text.toCharArray();
        checkSize(chars);
        try {
            Attempt done = attempt(text, chars, true, -1);
            return new JsonRepair(done.json(), done.fixes().describe(text));
        } catch (UnclosedStringException open) {
            return new StringCloser(this).close(text, open);
        }
    }

    /** The edited text and the edits, in the coordinates of the text it was given. */
    record Attempt(String json, Fixes fixes) {}

    /**
     * One reading of {@code text}: parse, edit, check that the result is strict JSON holding exactly
     * the values read. {@code closeAtEnd} false refuses brackets left open at end of file.
     */
    Attempt attempt(String text, boolean closeAtEnd) throws UnrepairableJsonException {
        return attempt(text, closeAtEnd, -1);
    }

    /** As above; the string whose opening quote is at {@code spanningString} may hold raw line breaks (they get escaped). */
    Attempt attempt(String text, boolean closeAtEnd, int spanningString) throws UnrepairableJsonException {
        return attempt(text, text.toCharArray(), closeAtEnd, spanningString);
    }

    private Attempt attempt(String text, char[] chars, boolean closeAtEnd, int spanningString) throws UnrepairableJsonException {
        Fixes fixes = new Fixes();
        TolerantLexer lexer = new TolerantLexer(text, chars, fixes, spanningString);
        ParsedValue tree = new TolerantParser(lexer, fixes, maxDepth, closeAtEnd).parseDocument();
        String json = fixes.isEmpty() ? text : fixes.apply(text);
        lossCheck.verify(lexer.scalarTokens(), tree, json);
        return new Attempt(json, fixes);
    }

    private void checkSize(char[] text) throws UnrepairableJsonException {
        // every char is at least one UTF-8 byte, so a long text is refused before counting
        long bytes = text.length > maxBytes ? text.length : utf8Length(text);
        if (bytes > maxBytes) {
            throw new UnrepairableJsonException("the text is " + (text.length > maxBytes ? "at least " : "") + bytes
                    + " bytes, over the limit of " + maxBytes + " bytes; refusing to repair a file this large");
        }
    }

    private static long utf8Length(char[] s) {
        long n = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1])) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
