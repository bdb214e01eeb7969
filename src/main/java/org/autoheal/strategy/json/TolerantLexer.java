package org.autoheal.strategy.json;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.autoheal.strategy.json.Token.Type;

/**
 * Splits text into JSON tokens, recording in {@link Fixes} an edit for each thing strict JSON
 * forbids between tokens: comments, special whitespace, a byte order mark. Comments are
 * recognised only between tokens, so "//" or "#" inside a string is never touched; a {@code #}
 * comment must start its line (after whitespace) and ends with it. Anything it cannot read
 * without guessing is refused with its position.
 */
final class TolerantLexer {
    static final int MAX_NUMBER_LENGTH = 1000;

    private final String text;
    private final char[] chars;
    private final Fixes fixes;
    private final int spanningString;
    private int pos;
    private int line = 1;
    private int lineStart;
    private Token peeked;
    private long scalarTokens;
    private int consumedEnd;

    TolerantLexer(String text, Fixes fixes) {
        this(text, text.toCharArray(), fixes, -1);
    }

    /**
     * @param chars          the text's characters (array access instead of {@code charAt}: a third of the time on a
     *                       10 MB file with one non-Latin-1 character, with the client compiler the launcher uses)
     * @param spanningString offset of the opening quote of the one string that may hold raw line breaks, or -1
     */
    TolerantLexer(String text, char[] chars, Fixes fixes, int spanningString) {
        this.text = text;
        this.chars = chars;
        this.fixes = fixes;
        this.spanningString = spanningString;
        if (!text.isEmpty() && chars[0] == '\uFEFF') {
            fixes.add(0, 1, "", "removed byte order mark");
            pos = 1;
            lineStart = 1;
        }
    }

    /** How many string, number and word tokens were read: each must end up as a key or a value. */
    long scalarTokens() { return scalarTokens; }

    Token peek() throws UnrepairableJsonException {
        if (peeked == null) peeked = read();
        return peeked;
    }

    Token next() throws UnrepairableJsonException {
        Token t = peek();
        peeked = null;
        if (t.type() != Type.EOF) consumedEnd = t.end();
        return t;
    }

    /** End offset of the last token handed out by {@link #next()}: where a missing comma or bracket goes. */
    int consumedEnd() { return consumedEnd; }

    private Token read() throws UnrepairableJsonException {
        skipWhitespaceAndComments();
        int l = line;
        int col = column();
        int start = pos;
        if (pos >= text.length()) return new Token(Type.EOF, "", l, col, start, start);
        char c = chars[pos];
        Type single = switch (c) {
            case '{' -> Type.BEGIN_OBJECT;
            case '}' -> Type.END_OBJECT;
            case '[' -> Type.BEGIN_ARRAY;
            case ']' -> Type.END_ARRAY;
            case ':' -> Type.COLON;
            case ',' -> Type.COMMA;
            default -> null;
        };
        if (single != null) {
            pos++;
            return new Token(single, String.valueOf(c), l, col, start, pos);
        }
        if (QuotedString.opens(c)) {
            scalarTokens++;
            String value = new QuotedString(this, c, l, col).read();
            return new Token(Type.STRING, value, l, col, start, pos);
        }
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) return readNumber(l, col);
        if (isIdentifierStart(c)) return readWord(l, col);
        throw new UnrepairableJsonException("unexpected character " + describeChar(c)
                + "; this does not look like JSON", l, col);
    }

    private Token readNumber(int l, int col) throws UnrepairableJsonException {
        int start = pos;
        while (pos < text.length() && isNumberPart(chars[pos])) pos++;
        String number = text.substring(start, pos);
        String bare = number.startsWith("-") || number.startsWith("+") ? number.substring(1) : number;
        if (bare.equals("Infinity") || bare.equals("NaN")) throw noJsonEquivalent(number, l, col);
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new UnrepairableJsonException("number of " + number.length() + " characters is longer than the limit of "
                    + MAX_NUMBER_LENGTH, l, col);
        }
        if (!isJsonNumber(number)) {
            throw new UnrepairableJsonException("invalid number " + Token.printable(number)
                    + "; JSON numbers look like -12.5e3 (no hex, no leading '+' or '.', no trailing '.'), fix it by hand",
                    l, col);
        }
        try {
            if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) new BigDecimal(number); // the exponent fits an int
        } catch (NumberFormatException e) {
            throw new UnrepairableJsonException("number " + Token.printable(number) + " has an exponent out of range", l, col);
        }
        scalarTokens++;
        return new Token(Type.NUMBER, number, l, col, start, pos);
    }

    private Token readWord(int l, int col) throws UnrepairableJsonException {
        int start = pos;
        while (pos < text.length() && (isIdentifierPart(chars[pos]) || chars[pos] == '-' || chars[pos] == '.')) pos++;
        String word = text.substring(start, pos);
        if (word.indexOf('-') >= 0 || word.indexOf('.') >= 0) {
            throw new UnrepairableJsonException("unquoted text " + Token.printable(word)
                    + " is not a plain identifier; put it in double quotes if it is a key or a string", l, col);
        }
        scalarTokens++;
        return new Token(Type.WORD, word, l, col, start, pos);
    }

    static UnrepairableJsonException noJsonEquivalent(String word, int l, int col) {
        return new UnrepairableJsonException(word + " has no JSON equivalent; replace it by hand with null, "
                + "a number or a string (repairing it automatically would change the value)", l, col);
    }

    private void skipWhitespaceAndComments() throws UnrepairableJsonException {
        while (pos < text.length()) {
            char c = chars[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (specialWhitespace(c) != null) {
                boolean zeroWidth = c == '\u200B' || c == '\uFEFF';
                fixes.add(pos, pos + 1, zeroWidth ? "" : " ", (zeroWidth ? "removed " : "replaced ")
                        + String.format("U+%04X (%s)", (int) c, specialWhitespace(c)) + (zeroWidth ? "" : " with a space"));
                advance();
            } else if ((c == '#' && onlyBlanksBefore(pos)) || text.startsWith("//", pos)) {
                int start = pos;
                int startOfLine = lineStart;
                while (pos < text.length() && chars[pos] != '\n' && chars[pos] != '\r') pos++;
                removeComment(start, pos, startOfLine);
            } else if (text.startsWith("/*", pos)) {
                int l = line;
                int col = column();
                int start = pos;
                int startOfLine = lineStart;
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new UnrepairableJsonException("comment '/*' is never closed with '*/'; removing it would remove "
                            + "everything after it, so close it by hand", l, col);
                }
                while (pos < end + 2) advance();
                removeComment(start, pos, startOfLine);
            } else {
                return;
            }
        }
    }

    /**
     * Removes the comment {@code [start, end)} so the line reads as if it had never been there: a
     * comment alone on its line goes with the line, one at the end of a line takes the blanks
     * before it, one before a token takes the blanks after it.
     */
    private void removeComment(int start, int end, int startOfLine) {
        int before = start;
        while (before > startOfLine && isBlank(chars[before - 1])) before--;
        int after = end;
        while (after < text.length() && isBlank(chars[after])) after++;
        boolean endsLine = after == text.length() || chars[after] == '\n' || chars[after] == '\r';
        String what = "removed comment " + Token.quote(text.substring(start, end).strip());
        if (before == startOfLine && endsLine) {
            fixes.add(before, after + lineBreakLength(after), "", what, start);
        } else if (endsLine) {
            fixes.add(before, after, "", what, start);
        } else if (before == startOfLine || before < start) {
            fixes.add(start, after, "", what, start);
        } else {
            fixes.add(start, end, "", what, start);
        }
    }

    private int lineBreakLength(int at) {
        if (at >= text.length()) return 0;
        return text.startsWith("\r\n", at) ? 2 : 1;
    }

    private boolean onlyBlanksBefore(int at) {
        for (int i = lineStart; i < at; i++) {
            if (!isBlank(chars[i]) && specialWhitespace(chars[i]) == null) return false;
        }
        return true;
    }

    boolean onlyBlanksBetween(int from, int to) {
        for (int i = from; i < to; i++) if (!isBlank(chars[i])) return false;
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whitespace that editors and word processors slip in and strict JSON refuses; null for any other character. */
    static String specialWhitespace(char c) {
        if (c >= '\u2000' && c <= '\u200A') return "typographic space";
        return switch (c) {
            case '\u00A0' -> "no-break space";
            case '\u200B' -> "zero-width space";
            case '\u202F' -> "narrow no-break space";
            case '\u205F' -> "medium mathematical space";
            case '\u3000' -> "ideographic space";
            case '\uFEFF' -> "zero-width no-break space";
            default -> null;
        };
    }

    // --- character access for QuotedString and the scanners above ---

    /** Whether the string opened at {@code quoteAt} may go on over line breaks (they are then part of its value). */
    boolean spansLines(int quoteAt) { return quoteAt == spanningString; }

    boolean atEnd() { return pos >= text.length(); }

    boolean startsWithAt(String s) { return text.startsWith(s, pos); }

    int pos() { return pos; }

    String slice(int from, int to) { return text.substring(from, to); }

    char current() { return chars[pos]; }

    /** Moves past the current character, counting "\n", "\r\n" and a lone "\r" as one line break each. */
    void advance() {
        char c = chars[pos++];
        if (c == '\n' || (c == '\r' && (pos >= text.length() || chars[pos] != '\n'))) {
            line++;
            lineStart = pos;
        }
    }

    int line() { return line; }

    int column() { return pos - lineStart + 1; }

    Fixes fixes() { return fixes; }

    static String describeChar(char c) {
        String code = String.format("U+%04X", (int) c);
        return c > 0x20 && c < 0x7f ? "'" + c + "' (" + code + ")" : code;
    }

    static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** RFC 8259: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i == s.length()) return false;
        if (s.charAt(i) == '0') i++;
        else if (isDigit(s, i)) i = digitsEnd(s, i);
        else return false;
        if (i < s.length() && s.charAt(i) == '.') {
            if (!isDigit(s, i + 1)) return false;
            i = digitsEnd(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (!isDigit(s, i)) return false;
            i = digitsEnd(s, i);
        }
        return i == s.length();
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static int digitsEnd(String s, int i) {
        while (isDigit(s, i)) i++;
        return i;
    }

    private static boolean isNumberPart(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == '_' || Character.isLetter(c);
    }
}
