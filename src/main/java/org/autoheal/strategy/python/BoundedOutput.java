package org.autoheal.strategy.python;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps at most {@code limit} bytes of a process stream and silently drops the rest. */
final class BoundedOutput extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, limit - kept.size());
        kept.write(b, off, Math.min(room, len));
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
