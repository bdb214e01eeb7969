package org.autoheal.strategy.python;

/**
 * Just enough of Python's tokenizer to tell code from strings and comments, line by line:
 * open brackets, open (triple-quoted or backslash-continued) strings, backslash continuations.
 * String prefixes need no special case: a backslash keeps the next character inside any string.
 */
final class PyLexer {
    private final StringBuilder stack = new StringBuilder();
    private char quote;             // 0 outside strings
    private boolean triple;
    private boolean continuation;   // the last line ended with a backslash outside strings
    private int commentStart;
    private int lowDepth;

    /** True when the next line continues the current statement. */
    boolean inside() {
        return quote != 0 || stack.length() > 0 || continuation;
    }

    boolean inString() {
        return quote != 0;
    }

    boolean continuation() {
        return continuation;
    }

    /** Open brackets, innermost last. */
    String stack() {
        return stack.toString();
    }

    /** Index of the comment's '#' on the last scanned line, -1 when there is none. */
    int commentStart() {
        return commentStart;
    }

    /** The smallest bracket depth reached on the last scanned line. */
    int lowDepth() {
        return lowDepth;
    }

    void scan(String s) {
        continuation = false;
        commentStart = -1;
        lowDepth = stack.length();
        boolean stringContinues = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    stringContinues = i == s.length() - 1;
                    i += 2;
                } else if (c == quote && (!triple || s.startsWith(String.valueOf(c).repeat(3), i))) {
                    i += triple ? 3 : 1;
                    quote = 0;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '#') {
                commentStart = i;
                break;
            }
            if (c == '"' || c == '\'') {
                triple = s.startsWith(String.valueOf(c).repeat(3), i);
                quote = c;
                i += triple ? 3 : 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                stack.append(c);
            } else if ((c == ')' || c == ']' || c == '}') && stack.length() > 0) {
                stack.setLength(stack.length() - 1);
                lowDepth = Math.min(lowDepth, stack.length());
            } else if (c == '\\' && i == s.length() - 1) {
                continuation = true;
            }
            i++;
        }
        if (quote != 0 && !triple && !stringContinues) {
            quote = 0;   // unterminated one-line string: the tokenizer ends it here
        }
    }

    static String closers(String openers) {
        StringBuilder sb = new StringBuilder();
        for (int i = openers.length() - 1; i >= 0; i--) {
            char c = openers.charAt(i);
            sb.append(c == '(' ? ')' : c == '[' ? ']' : '}');
        }
        return sb.toString();
    }
}
