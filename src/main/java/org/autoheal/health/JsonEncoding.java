package org.autoheal.health;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a strict loader (Python's {@code json.load} on a UTF-8 text file) says about a file's
 * bytes before any JSON is read: a UTF-8 byte order mark, UTF-16/32, or bytes that are not
 * UTF-8 make it fail, while Jackson would quietly detect or skip them. Streamed, not loaded.
 */
final class JsonEncoding {
    /** An encoding problem at a position (1-based; the column counts characters), and whether repair can fix it. */
    record Problem(String what, int line, int column, boolean repairable) {}

    private JsonEncoding() {
    }

    /** @return the first problem, or null when the file is plain UTF-8 without a byte order mark */
    static Problem inspect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            Problem p = head(head);
            if (p != null) return p;
            return decode(head, in);
        }
    }

    private static Problem head(byte[] b) {
        int n = b.length;
        if (n >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return notUtf8("UTF-32 (it starts with a UTF-32 byte order mark)", "UTF-32");
        }
        if (n >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return notUtf8("UTF-16 (it starts with a UTF-16 byte order mark " + hex(b[0]) + " " + hex(b[1]) + ")", "UTF-16");
        }
        if (n >= 2 && (b[0] == 0) != (b[1] == 0)) { // JSON starts with an ASCII character: one of its two bytes is zero
            return notUtf8("UTF-16 (every other byte is zero)", "UTF-16");
        }
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Problem("starts with a UTF-8 byte order mark (EF BB BF), which strict loaders such as Python's json reject",
                    1, 1, true);
        }
        return null;
    }

    private static Problem notUtf8(String what, String charset) {
        return new Problem("is encoded as " + what + ", which strict loaders that read UTF-8 reject; `autoheal repair` does"
                + " not re-encode files: convert it with `iconv -f " + charset + " -t UTF-8`", 1, 1, false);
    }

    /** Decodes the rest as UTF-8, counting lines and characters, up to the first malformed byte. */
    private static Problem decode(byte[] head, InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        bytes.put(head);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        int line = 1;
        int column = 1;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) eof = true; else bytes.position(bytes.position() + read);
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                return new Problem("byte " + hex(bytes.get(bytes.position())) + " is not valid UTF-8 (is the file in another"
                        + " encoding, or cut in the middle of a character?); `autoheal repair` cannot know which character was"
                        + " meant, so fix the encoding by hand", line, column, false);
            }
            bytes.compact();
            if (eof && result.isUnderflow()) return null; // with eof, a sequence cut off at the end is reported as malformed above
        }
    }

    private static String hex(byte b) {
        return String.format("%02X", b & 0xff);
    }
}
