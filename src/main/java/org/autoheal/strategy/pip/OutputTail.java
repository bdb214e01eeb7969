package org.autoheal.strategy.pip;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output sink that keeps only the last {@code capacity} bytes, so a process that
 * prints without end cannot exhaust memory. stdout and stderr are pumped by two
 * threads into one tail, hence the synchronisation.
 */
final class OutputTail extends OutputStream {
    private final byte[] ring;
    private long total;

    OutputTail(int capacity) {
        this.ring = new byte[capacity];
    }

    @Override
    public synchronized void write(int b) {
        ring[(int) (total % ring.length)] = (byte) b;
        total++;
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        for (int i = 0; i < len; i++) write(bytes[off + i]);
    }

    /** The kept bytes as text, with a note of how much was dropped before them. */
    synchronized String text() {
        int kept = (int) Math.min(total, ring.length);
        byte[] out = new byte[kept];
        long start = total - kept;
        for (int i = 0; i < kept; i++) out[i] = ring[(int) ((start + i) % ring.length)];
        String body = new String(out, StandardCharsets.UTF_8);
        return start == 0 ? body : "[... " + start + " earlier bytes dropped ...]\n" + body;
    }
}
