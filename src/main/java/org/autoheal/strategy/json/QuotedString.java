package org.autoheal.strategy.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one quoted string at the lexer's position: double quotes, single quotes, or balanced
 * typographic quotes (“…” or ‘…’, a word processor's doing). Returns the decoded value and,
 * when the source spelling is not strict JSON, records one edit that replaces just this token
 * with its strict spelling: escapes stay as typed (a backslash-u escape is not decoded and
 * re-spelled), only what strict JSON forbids changes (the quotes, a raw control character, a
 * {@code \'}, a bare {@code "} inside other quotes).
 */
final class QuotedString {
    private final TolerantLexer in;
    private final char quote;
    private final char closing;
    private final int line;
    private final int column;
    private final StringBuilder value = new StringBuilder();
    private int controls;
    private int lineBreaks;
    private int needlessEscapes;
    private int bareQuotes;
    private boolean escapedClosing;

    QuotedString(TolerantLexer in, char quote, int line, int column) {
        this.in = in;
        this.quote = quote;
        this.closing = closingFor(quote);
        this.line = line;
        this.column = column;
    }

    static boolean opens(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';
    }

    static char closingFor(char quote) {
        return switch (quote) {
            case '\u201C' -> '\u201D';
            case '\u2018' -> '\u2019';
            default -> quote;
        };
    }

    String read() throws UnrepairableJsonException {
        int start = in.pos();
        boolean spans = in.spansLines(start);
        in.advance(); // the opening quote
        while (true) {
            if (in.atEnd() || (!spans && (in.current() == '\n' || in.current() == '\r'))) {
                throw new UnclosedStringException(line, column, start + 1, in.pos(), closing, escapedClosing,
                        in.line(), in.column());
            }
            char c = in.current();
            if (c == closing) {
                in.advance();
                break;
            }
            if (c == '\\') {
                readEscape();
                continue;
            }
            if (c == '\n' || (c == '\r' && !in.startsWithAt("\r\n"))) lineBreaks++;
            else if (c < 0x20 && c != '\r') controls++;
            if (c == '"') bareQuotes++; // only reachable inside other quotes
            value.append(c);
            in.advance();
        }
        String changes = changes();
        if (!changes.isEmpty()) in.fixes().add(start, in.pos(), strict(in.slice(start + 1, in.pos() - 1)), changes);
        return value.toString();
    }

    private String changes() {
        List<String> what = new ArrayList<>();
        if (quote == '\'') what.add("replaced single quotes with double quotes");
        if (quote != '"' && quote != '\'') what.add("replaced typographic quotes " + quote + closing + " with double quotes");
        if (bareQuotes > 0) what.add("escaped " + bareQuotes + " \" inside the string");
        if (lineBreaks > 0) what.add("escaped " + lineBreaks + " line break" + (lineBreaks == 1 ? "" : "s")
                + " inside the string opened at " + line + ":" + column + ", which goes on to a closing quote on a later line");
        if (controls > 0) what.add("escaped " + controls + " raw control character" + (controls == 1 ? "" : "s") + " in the string");
        if (needlessEscapes > 0) what.add("dropped " + needlessEscapes + " needless backslash" + (needlessEscapes == 1 ? "" : "es")
                + " before ' in the string");
        return String.join(", ", what);
    }

    private void readEscape() throws UnrepairableJsonException {
        int l = in.line();
        int col = in.column();
        in.advance(); // the backslash
        if (in.atEnd()) {
            throw new UnrepairableJsonException("the file ends right after a backslash inside the string opened at "
                    + line + ":" + column, l, col);
        }
        char e = in.current();
        if (e == closing) escapedClosing = true;
        if (e == '\n' || e == '\r') {
            throw new UnrepairableJsonException("the string opened at " + line + ":" + column + " runs into a backslash "
                    + "at the end of its line; JSON strings cannot span lines, fix it by hand", l, col);
        }
        in.advance();
        switch (e) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> value.append(decode(e));
            case '\'' -> {
                needlessEscapes += quote == '\'' ? 0 : 1;
                value.append('\'');
            }
            case 'u' -> value.append(readHex4(l, col));
            default -> throw new UnrepairableJsonException("unknown escape \\" + Token.printable(String.valueOf(e))
                    + " in a string; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", l, col);
        }
    }

    /**
     * The strict spelling of a string whose content (between its quotes) {@link #read()} accepted:
     * escapes as typed, except {@code \'}; raw control characters and bare {@code "} escaped.
     * Built only for the few strings that need it.
     */
    private static String strict(String content) {
        StringBuilder out = new StringBuilder(content.length() + 8).append('"');
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\') {
                char e = content.charAt(++i);
                if (e == '\'') {
                    out.append('\'');
                } else if (e == 'u') {
                    out.append("\\u").append(content, i + 1, i + 5);
                    i += 4;
                } else {
                    out.append('\\').append(e);
                }
            } else if (c < 0x20) {
                out.append(escapeControl(c));
            } else if (c == '"') {
                out.append("\\\"");
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static char decode(char e) {
        return switch (e) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> e;
        };
    }

    private static String escapeControl(char c) {
        return switch (c) {
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
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
}
