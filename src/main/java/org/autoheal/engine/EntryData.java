package org.autoheal.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings of any length as plain data in a rules cache entry: UTF-8 bytes after their length. A cold start reads
 * the entry's rule files, catalog and tables before its rules; as Java objects (a TreeMap of texts, arrays of
 * boxed fields, records) they cost 40-50 ms of that path, as plain data a fraction (docs/performance.md, session 13).
 */
final class EntryData {
    static final int MAX_TEXT = 64 << 20;

    private EntryData() {
    }

    static void writeText(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readText(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_TEXT) throw new IOException("bad text length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) writeText(out, s);
    }

    static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }
}
