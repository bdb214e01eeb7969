package org.autoheal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads text line by line from bytes with a bound per line: a line longer than the bound (a
 * damaged journal, a hostile batch) is skipped without being held in memory, and malformed UTF-8
 * is replaced instead of failing the whole read.
 */
public final class BoundedLines {
    public interface Visitor {
        /** One line (without its newline), numbered from 1. */
        void line(int number, String text);

        /** A line past the bound, skipped. */
        void tooLong(int number);
    }

    private BoundedLines() {
    }

    public static void read(Path file, int maxLineBytes, Visitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, maxLineBytes, visitor);
        }
    }

    /** Reads {@code in} to its end; the caller closes it. */
    public static void read(InputStream in, int maxLineBytes, Visitor visitor) throws IOException {
        byte[] line = new byte[Math.min(maxLineBytes, 8192)];
        int length = 0;
        boolean skipping = false;
        int number = 1;
        byte[] chunk = new byte[65536];
        int n;
        while ((n = in.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                byte c = chunk[i];
                if (c == '\n') {
                    if (skipping) visitor.tooLong(number);
                    else visitor.line(number, new String(line, 0, length, StandardCharsets.UTF_8));
                    length = 0;
                    skipping = false;
                    number++;
                } else if (!skipping) {
                    if (length == maxLineBytes) {
                        skipping = true;
                        length = 0;
                        continue;
                    }
                    if (length == line.length) line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                    line[length++] = c;
                }
            }
        }
        if (skipping) visitor.tooLong(number);
        else if (length > 0) visitor.line(number, new String(line, 0, length, StandardCharsets.UTF_8));
    }
}
