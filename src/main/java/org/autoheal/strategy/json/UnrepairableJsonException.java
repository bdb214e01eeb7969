package org.autoheal.strategy.json;

/**
 * The text cannot be turned into strict JSON without guessing or losing a value.
 * The message reads {@code line:column: what was found and what to do}, so a caller can
 * prefix the file name and get a compiler-style location; position 0:0 means "not tied to
 * one place" (size limit, failed self-check).
 */
public class UnrepairableJsonException extends Exception {
    private final int line;
    private final int column;
    private final String reason;

    public UnrepairableJsonException(String reason, int line, int column) {
        super(line + ":" + column + ": " + reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** A problem with the text as a whole rather than one position in it. */
    public UnrepairableJsonException(String reason) {
        this(reason, 0, 0);
    }

    /** 1-based line of the problem, 0 when it has no single position. */
    public int line() { return line; }

    /** 1-based column (UTF-16 units, a tab counts as one), 0 when it has no single position. */
    public int column() { return column; }

    /** The message without the position prefix. */
    public String reason() { return reason; }
}
