package org.autoheal.service;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An OutputStream that keeps only the last {@code capacity} bytes: command output can be huge. */
final class TailBuffer extends OutputStream {
    private final byte[] ring;
    private long written;

    TailBuffer(int capacity) {
        this.ring = new byte[capacity];
    }

    @Override
    public synchronized void write(int b) {
        ring[(int) (written++ % ring.length)] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) write(b[off + i]);
    }

    synchronized String text() {
        int n = (int) Math.min(written, ring.length);
        byte[] out = new byte[n];
        int start = (int) ((written - n) % ring.length);
        for (int i = 0; i < n; i++) out[i] = ring[(start + i) % ring.length];
        return new String(out, StandardCharsets.UTF_8);
    }
}
