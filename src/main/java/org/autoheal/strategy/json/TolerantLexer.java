package org.autoheal.strategy.json;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.autoheal.strategy.json.Fixes.Kind;
import org.autoheal.strategy.json.Token.Type;

/**
 * Splits text into JSON tokens while skipping comments and reading single-quoted strings.
 * Comments are recognised only between tokens, so "//" or "#" inside a string is never
 * touched. Anything it cannot read without guessing is refused with its position.
 */
final class TolerantLexer {
    static final int MAX_NUMBER_LENGTH = 1000;

    private final String text;
    private final Fixes fixes;
    private int pos;
    private int line = 1;
    private int lineStart;
    private Token peeked;
    private long scalarTokens;

    TolerantLexer(String text, Fixes fixes) {
        this.text = text;
        this.fixes = fixes;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            fixes.add(Kind.BOM, 1);
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
        return t;
    }

    private Token read() throws UnrepairableJsonException {
        skipWhitespaceAndComments();
        int l = line;
        int col = column();
        if (pos >= text.length()) return new Token(Type.EOF, "", l, col);
        char c = text.charAt(pos);
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
            return new Token(single, String.valueOf(c), l, col);
        }
        if (c == '"' || c == '\'') {
            scalarTokens++;
            String value = new QuotedString(this, c, l, col).read();
            return new Token(Type.STRING, value, l, col);
        }
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) return readNumber(l, col);
        if (isIdentifierStart(c)) return readWord(l, col);
        throw new UnrepairableJsonException("unexpected character " + describeChar(c)
                + "; this does not look like JSON", l, col);
    }

    private Token readNumber(int l, int col) throws UnrepairableJsonException {
        int start = pos;
        while (pos < text.length() && isNumberPart(text.charAt(pos))) pos++;
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
            new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new UnrepairableJsonException("number " + Token.printable(number) + " has an exponent out of range", l, col);
        }
        scalarTokens++;
        return new Token(Type.NUMBER, number, l, col);
    }

    private Token readWord(int l, int col) throws UnrepairableJsonException {
        int start = pos;
        while (pos < text.length() && (isIdentifierPart(text.charAt(pos)) || text.charAt(pos) == '-' || text.charAt(pos) == '.')) pos++;
        String word = text.substring(start, pos);
        if (word.indexOf('-') >= 0 || word.indexOf('.') >= 0) {
            throw new UnrepairableJsonException("unquoted text " + Token.printable(word)
                    + " is not a plain identifier; put it in double quotes if it is a key or a string", l, col);
        }
        scalarTokens++;
        return new Token(Type.WORD, word, l, col);
    }

    static UnrepairableJsonException noJsonEquivalent(String word, int l, int col) {
        return new UnrepairableJsonException(word + " has no JSON equivalent; replace it by hand with null, "
                + "a number or a string (repairing it automatically would change the value)", l, col);
    }

    private void skipWhitespaceAndComments() throws UnrepairableJsonException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                advance();
            } else if (c == '#' || text.startsWith("//", pos)) {
                fixes.add(Kind.COMMENT, line);
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') pos++;
            } else if (text.startsWith("/*", pos)) {
                int l = line;
                int col = column();
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new UnrepairableJsonException("comment '/*' is never closed with '*/'; removing it would remove "
                            + "everything after it, so close it by hand", l, col);
                }
                fixes.add(Kind.COMMENT, l);
                while (pos < end + 2) advance();
            } else {
                return;
            }
        }
    }

    // --- character access for QuotedString and the scanners above ---

    boolean atEnd() { return pos >= text.length(); }

    char current() { return text.charAt(pos); }

    /** Moves past the current character, counting "\n", "\r\n" and a lone "\r" as one line break each. */
    void advance() {
        char c = text.charAt(pos++);
        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
            line++;
            lineStart = pos;
        }
    }

    int line() { return line; }

    int column() { return pos - lineStart + 1; }

    Fixes fixes() { return fixes; }

    boolean onlyWhitespaceFollows() {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
        }
        return true;
    }

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
