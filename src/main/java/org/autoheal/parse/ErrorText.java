package org.autoheal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bounded, binary-safe reading of error output. Error text is hostile: it may be huge, binary,
 * invalid UTF-8 or full of terminal escapes, so it is cut to a size limit and cleaned before any
 * parser looks at it.
 *
 * <p>When the output is longer than the limit, the LAST bytes are kept: a traceback, a stack trace
 * or a shell message ends the output, and the final lines (exception type and message) are what
 * diagnosis needs; the head is usually progress noise.
 */
public final class ErrorText {
    /** Default limit on the bytes kept from one error output (config: limits.max_error_bytes). */
    public static final int DEFAULT_MAX_BYTES = 65536;
    /** A stream is drained up to this many bytes; past it, reading stops and the tail seen so far is kept. */
    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;

    private ErrorText() {
    }

    /** Decodes the last {@code maxBytes} of {@code bytes} as UTF-8 (bad input replaced) and cleans it. */
    public static String decode(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) return "";
        int limit = Math.max(0, maxBytes);
        int from = Math.max(0, bytes.length - limit);
        // a cut in the middle of a multi-byte character would leave stray continuation bytes
        int skipped = 0;
        while (from > 0 && from < bytes.length && skipped < 3 && (bytes[from] & 0xC0) == 0x80) {
            from++;
            skipped++;
        }
        return clean(utf8(bytes, from, bytes.length - from));
    }

    /** Reads {@code in} to its end (bounded by {@link #MAX_STREAM_BYTES}) and decodes the last {@code maxBytes}. */
    public static String read(InputStream in, int maxBytes) {
        if (in == null) return "";
        int limit = Math.max(0, maxBytes);
        byte[] ring = new byte[limit];
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            int n;
            while (total < MAX_STREAM_BYTES && (n = in.read(buf)) > 0) {
                for (int i = 0; i < n && limit > 0; i++) ring[(int) ((total + i) % limit)] = buf[i];
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading error output failed after " + total + " bytes: " + e.getMessage(), e);
        }
        int kept = (int) Math.min(total, limit);
        byte[] tail = new byte[kept];
        long start = total - kept;
        for (int i = 0; i < kept; i++) tail[i] = ring[(int) ((start + i) % limit)];
        return decode(tail, limit);
    }

    /**
     * The last {@code maxBytes} of {@code text} counted as UTF-8, the unit of
     * {@code limits.max_error_bytes}; never splits a character. Nothing is cleaned.
     */
    public static String tail(String text, int maxBytes) {
        if (text == null) return "";
        int limit = Math.max(0, maxBytes);
        if ((long) text.length() * 3 <= limit) return text; // even all 3-byte characters would fit
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= limit) return text;
        int from = bytes.length - limit;
        while (from < bytes.length && (bytes[from] & 0xC0) == 0x80) from++;
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /** Like {@link #decode} for text that is already a string: keeps the last {@code maxChars} and cleans it. */
    public static String bound(String text, int maxChars) {
        if (text == null || text.isEmpty()) return "";
        int limit = Math.max(0, maxChars);
        int from = Math.max(0, text.length() - limit);
        if (from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from))) from++;
        return clean(text.substring(from));
    }

    /**
     * Normalises CR LF to LF, removes ANSI escape sequences, NUL and other control characters
     * (keeping LF, TAB, CR) and bidirectional overrides that could disguise text on a terminal.
     */
    static String clean(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && keeps(s, first)) first++;
        if (first == n) return s; // the common case: nothing to remove, no copy
        StringBuilder out = new StringBuilder(n).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') continue;
            if (c == 0x1B) {
                i = skipEscape(s, i);
                continue;
            }
            if (c == '\n' || c == '\t' || c == '\r') out.append(c);
            else if (!Character.isISOControl(c) && !isBidiControl(c)) out.append(c);
        }
        return out.toString();
    }

    /** True when the char at {@code i} stays as it is (the loop of {@link #clean} would copy it unchanged). */
    private static boolean keeps(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) return true;   // printable ASCII, the common case: no table lookups
        if (c == '\n' || c == '\t') return true;
        if (c == '\r') return i + 1 >= s.length() || s.charAt(i + 1) != '\n';
        return c != 0x1B && !Character.isISOControl(c) && !isBidiControl(c);
    }

    /** Returns the index of the last char of an escape sequence starting at {@code i} (linear, no regex). */
    private static int skipEscape(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '[') return i;   // lone ESC: drop just it
        int j = i + 2;
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) j++;   // parameters, intermediates
        if (j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) return j; // final byte
        return j - 1;
    }

    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    private static String utf8(byte[] bytes, int off, int len) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, off, len)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, off, len, StandardCharsets.UTF_8); // unreachable with REPLACE
        }
    }
}
