package org.autoheal.strategy.json;

import org.autoheal.strategy.json.Fixes.Kind;

/**
 * Reads one double- or single-quoted string starting at the lexer's position and returns its
 * decoded value. The value is what matters: the writer re-escapes it for strict JSON, so
 * quotes, backslashes, "//", "#" and brackets inside survive unchanged.
 */
final class QuotedString {
    private final TolerantLexer in;
    private final char quote;
    private final int line;
    private final int column;

    QuotedString(TolerantLexer in, char quote, int line, int column) {
        this.in = in;
        this.quote = quote;
        this.line = line;
        this.column = column;
    }

    String read() throws UnrepairableJsonException {
        in.advance(); // the opening quote
        StringBuilder value = new StringBuilder();
        while (true) {
            if (in.atEnd()) {
                in.fixes().add(Kind.UNCLOSED_STRING, line);
                break;
            }
            char c = in.current();
            if (c == quote) {
                in.advance();
                break;
            }
            if (c == '\n' || c == '\r') {
                if (in.onlyWhitespaceFollows()) {
                    // the last line of the file opened a string and never closed it
                    in.fixes().add(Kind.UNCLOSED_STRING, line);
                    break;
                }
                throw new UnrepairableJsonException("the string opened at " + line + ":" + column
                        + " is not closed before the end of its line; close it with " + quote
                        + " (or write the line break as \\n)", in.line(), in.column());
            }
            if (c == '\\') {
                readEscape(value);
                continue;
            }
            if (c < 0x20) in.fixes().add(Kind.CONTROL_CHARACTER, in.line());
            value.append(c);
            in.advance();
        }
        if (quote == '\'') in.fixes().add(Kind.SINGLE_QUOTES, line);
        checkSurrogates(value);
        return value.toString();
    }

    private void readEscape(StringBuilder value) throws UnrepairableJsonException {
        int l = in.line();
        int col = in.column();
        in.advance(); // the backslash
        if (in.atEnd()) {
            throw new UnrepairableJsonException("the file ends right after a backslash inside the string opened at "
                    + line + ":" + column, l, col);
        }
        char e = in.current();
        in.advance();
        switch (e) {
            case '"', '\\', '/' -> value.append(e);
            case '\'' -> {
                if (quote == '"') in.fixes().add(Kind.SINGLE_QUOTE_ESCAPE, l);
                value.append('\'');
            }
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> value.append(readHex4(l, col));
            default -> throw new UnrepairableJsonException("unknown escape \\" + Token.printable(String.valueOf(e))
                    + " in a string; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", l, col);
        }
    }

    private char readHex4(int l, int col) throws UnrepairableJsonException {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = in.atEnd() || in.current() > 0x7f ? -1 : Character.digit(in.current(), 16);
            if (digit < 0) {
                throw new UnrepairableJsonException("escape \\u must be followed by four hex digits", l, col);
            }
            code = code * 16 + digit;
            in.advance();
        }
        return (char) code;
    }

    /** A lone surrogate cannot be written as UTF-8, so the file could not be saved unchanged. */
    private void checkSurrogates(StringBuilder s) throws UnrepairableJsonException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new UnrepairableJsonException(String.format("the string holds an unpaired surrogate \\u%04X, "
                        + "which cannot be saved as UTF-8; fix the escape by hand", (int) c), line, column);
            }
        }
    }
}
