package org.autoheal.strategy.json;

/**
 * A string reached the end of its line (or of the file) without its closing quote. The
 * repairer then tries every place on that line for the missing quote and repairs only when
 * exactly one of them makes the rest of the file valid; see {@link StringCloser}.
 */
final class UnclosedStringException extends UnrepairableJsonException {
    private final int contentStart;
    private final int contentEnd;
    private final char closingQuote;
    private final boolean escapedQuote;
    private final int openLine;
    private final int openColumn;

    /**
     * @param contentStart offset just after the opening quote
     * @param contentEnd   offset of the line break (or the end of the text) that ended the string
     * @param escapedQuote the content holds a backslash before the closing quote character: the backslash
     *                     may have been meant as a character, so the closing quote may already be there
     */
    UnclosedStringException(int openLine, int openColumn, int contentStart, int contentEnd, char closingQuote,
                            boolean escapedQuote, int line, int column) {
        super("the string opened at " + openLine + ":" + openColumn + " is not closed before the end of its line",
                line, column);
        this.openLine = openLine;
        this.openColumn = openColumn;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.closingQuote = closingQuote;
        this.escapedQuote = escapedQuote;
    }

    int contentStart() { return contentStart; }

    int contentEnd() { return contentEnd; }

    char closingQuote() { return closingQuote; }

    boolean escapedQuote() { return escapedQuote; }

    int openLine() { return openLine; }

    int openColumn() { return openColumn; }
}
