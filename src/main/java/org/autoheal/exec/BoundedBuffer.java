package org.autoheal.exec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first and the last bytes written, up to a limit, and counts what fell in between.
 * Compilers put the first error at the head, tracebacks put the cause at the tail: keep both.
 * With {@link RunSpec.Keep#TAIL} only the last bytes are kept (the head is empty).
 */
final class BoundedBuffer {

    private final int headLimit;
    private final ByteArrayOutputStream head;
    private final byte[] tail;      // ring buffer with the most recent bytes after the head filled up
    private int tailStart;
    private int tailLength;
    private long total;

    BoundedBuffer(int maxBytes) {
        this(maxBytes, RunSpec.Keep.HEAD_AND_TAIL);
    }

    BoundedBuffer(int maxBytes, RunSpec.Keep keep) {
        this.headLimit = keep == RunSpec.Keep.TAIL ? 0 : maxBytes / 2;
        this.head = new ByteArrayOutputStream(Math.min(headLimit, 8192));
        this.tail = new byte[maxBytes - headLimit];
    }

    synchronized void write(byte[] bytes, int offset, int length) {
        total += length;
        int toHead = Math.min(length, headLimit - head.size());
        if (toHead > 0) {
            head.write(bytes, offset, toHead);
        }
        int from = Math.max(offset + toHead, offset + length - tail.length); // older bytes would be overwritten anyway
        for (int i = from; i < offset + length; i++) {
            int end = (tailStart + tailLength) % tail.length;
            tail[end] = bytes[i];
            if (tailLength < tail.length) {
                tailLength++;
            } else {
                tailStart = (tailStart + 1) % tail.length;
            }
        }
    }

    synchronized long totalBytes() {
        return total;
    }

    /** The kept bytes as UTF-8 (invalid sequences replaced), with a marker where bytes were dropped. */
    synchronized String text() {
        byte[] last = new byte[tailLength];
        for (int i = 0; i < tailLength; i++) {
            last[i] = tail[(tailStart + i) % tail.length];
        }
        long omitted = total - head.size() - tailLength;
        if (omitted == 0) {
            return head.toString(StandardCharsets.UTF_8) + new String(last, StandardCharsets.UTF_8);
        }
        int skip = 0; // do not start the tail in the middle of a UTF-8 sequence
        while (skip < Math.min(3, last.length) && (last[skip] & 0xC0) == 0x80) {
            skip++;
        }
        if (headLimit == 0) {
            return "[... " + (omitted + skip) + " earlier bytes dropped ...]\n"
                    + new String(last, skip, last.length - skip, StandardCharsets.UTF_8);
        }
        return head.toString(StandardCharsets.UTF_8)
                + "\n… " + (omitted + skip) + " bytes omitted …\n"
                + new String(last, skip, last.length - skip, StandardCharsets.UTF_8);
    }
}
