package org.autoheal.strategy.json;

/**
 * One lexical token with the 1-based position of its first character and its source range
 * {@code [start, end)} as char offsets into the text, so that a fix can replace just this token.
 */
record Token(Type type, String text, int line, int column, int start, int end) {

    enum Type { BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, COLON, COMMA, STRING, NUMBER, WORD, EOF }

    boolean startsValue() {
        return switch (type) {
            case BEGIN_OBJECT, BEGIN_ARRAY, STRING, NUMBER, WORD -> true;
            default -> false;
        };
    }

    /** How the token reads in an error message; input text is shortened and made printable. */
    String describe() {
        return switch (type) {
            case BEGIN_OBJECT -> "'{'";
            case END_OBJECT -> "'}'";
            case BEGIN_ARRAY -> "'['";
            case END_ARRAY -> "']'";
            case COLON -> "':'";
            case COMMA -> "','";
            case STRING -> "string " + quote(text);
            case NUMBER -> "number " + printable(text);
            case WORD -> "word " + printable(text);
            case EOF -> "end of file";
        };
    }

    /** A string as it would be quoted in a message: double quotes, at most 40 characters. */
    static String quote(String s) {
        return "\"" + printable(s) + "\"";
    }

    /** Hostile text made safe for a one-line message: control and non-ASCII as \\uXXXX, capped. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(s.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) out.append(c);
            else out.append(String.format("\\u%04X", (int) c));
        }
        if (s.length() > limit) out.append("...");
        return out.toString();
    }
}
