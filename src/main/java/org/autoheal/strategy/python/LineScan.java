package org.autoheal.strategy.python;

/**
 * Per physical line: where its code ends (before a comment and trailing blanks) and whether it
 * continues the previous line's statement. That gives the lines of one logical statement, the
 * only lines a fix may change.
 */
final class LineScan {
    private final SourceText text;
    private final boolean[] joined;
    private final int[] codeEnd;

    private LineScan(SourceText text) {
        this.text = text;
        joined = new boolean[text.size()];
        codeEnd = new int[text.size()];
        PyLexer lexer = new PyLexer();
        for (int i = 0; i < text.size(); i++) {
            joined[i] = i > 0 && lexer.inside();
            String s = text.line(i);
            lexer.scan(s);
            int end = lexer.commentStart() >= 0 ? lexer.commentStart() : s.length();
            if (!lexer.inString()) {
                while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
            }
            codeEnd[i] = end;
        }
    }

    static LineScan of(SourceText text) {
        return new LineScan(text);
    }

    /** True when line {@code i} continues the statement of line {@code i - 1}. */
    boolean joined(int i) {
        return joined[i];
    }

    int codeEnd(int i) {
        return codeEnd[i];
    }

    /** True when the line holds code: not blank, not only a comment. */
    boolean hasCode(int i) {
        return joined[i] || codeEnd[i] > text.indent(i).length();
    }

    int statementStart(int i) {
        int s = i;
        while (s > 0 && joined[s]) {
            s--;
        }
        return s;
    }

    int statementEnd(int i) {
        int e = i;
        while (e + 1 < joined.length && joined[e + 1]) {
            e++;
        }
        return e;
    }

    /** The last line before {@code i} that holds code, -1 when there is none. */
    int previousCodeLine(int i) {
        int k = i - 1;
        while (k >= 0 && !hasCode(k)) {
            k--;
        }
        return k;
    }

    /** A lexer in the state at the start of line {@code i}. */
    PyLexer lexerBefore(int i) {
        PyLexer lexer = new PyLexer();
        for (int k = 0; k < i; k++) {
            lexer.scan(text.line(k));
        }
        return lexer;
    }
}
