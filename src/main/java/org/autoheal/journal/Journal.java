package org.autoheal.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.io.BoundedLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only journal {@code logs/autoheal/journal.jsonl}: one JSON object per line,
 * written with a single append and forced to disk. Reading skips a corrupt or torn line with
 * a warning instead of failing.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /** Made when a journal is first written or read, not when a command opens a home (15-20 ms of a cold start). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final Path file;
    private final int maxLineBytes;
    /** Group-commit state per journal file, shared by every Journal on that file in this JVM. */
    private static final java.util.Map<Path, Sync> SYNCS = new java.util.concurrent.ConcurrentHashMap<>();
    private final Sync sync;

    private static final class Sync {
        final Object writeLock = new Object();
        final Object syncLock = new Object();
        long written; // lines written, guarded by writeLock
        long synced;  // lines known to be on disk, guarded by syncLock
    }

    public Journal(Path file, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
        this.sync = SYNCS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Sync());
    }

    public Path file() {
        return file;
    }

    /** Appends one record (see {@link JournalRecord}) and returns once it is on disk. */
    public void append(JournalRecord record) {
        append(JournalRecords.json(record));
    }

    /**
     * Appends one JSON object as a line and returns once it is on disk (tests write hand-made and
     * damaged lines this way; AutoHeal itself writes {@link JournalRecord}s); an oversized record is cut down to its
     * identifying fields. Concurrent appends share one fsync (group commit): an fsync covers the
     * file, so a writer whose line an fsync already covered returns without its own.
     */
    public void append(ObjectNode record) {
        byte[] line = bytes(record);
        if (line.length > maxLineBytes) {
            ObjectNode small = Mapper.MAPPER.createObjectNode();
            for (String k : List.of("type", "id", "incident", "tool", "at", "outcome", "status")) {
                if (record.has(k)) small.set(k, record.get(k));
            }
            small.put("truncated", "record of " + line.length + " bytes exceeded limits.max_journal_line_bytes");
            line = bytes(small);
        }
        long mine;
        try {
            synchronized (sync.writeLock) {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer buf = ByteBuffer.wrap(line);
                    while (buf.hasRemaining()) ch.write(buf);
                }
                mine = ++sync.written;
            }
            synchronized (sync.syncLock) {
                if (sync.synced >= mine) return;
                long covered;
                synchronized (sync.writeLock) {
                    covered = sync.written;
                }
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.force(false);
                }
                sync.synced = covered;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every readable record in order, typed: the view every reader of the journal works from. */
    public List<JournalRecord> records() {
        return read(null).stream().map(JournalRecords::of).toList();
    }

    /** The typed records whose line contains {@code needle} (see {@link #readMatching}). */
    public List<JournalRecord> recordsMatching(String needle) {
        return read(needle).stream().map(JournalRecords::of).toList();
    }

    /**
     * The records whose line contains {@code needle} (e.g. an incident id), in order: only those
     * lines are parsed, so looking one incident up in a long journal stays cheap.
     */
    public List<JsonNode> readMatching(String needle) {
        return read(needle);
    }

    /** Every readable line's JSON in order (what {@code why} renders); corrupt or overlong lines are skipped with a warning naming file:line. */
    public List<JsonNode> readAll() {
        return read(null);
    }

    private List<JsonNode> read(String needle) {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try {
            BoundedLines.read(file, readBound(), new BoundedLines.Visitor() {
                @Override
                public void line(int number, String text) {
                    if (text.isBlank() || (needle != null && !text.contains(needle))) return;
                    try {
                        JsonNode n = Mapper.MAPPER.readTree(text);
                        if (n != null && n.isObject()) {
                            out.add(n);
                            return;
                        }
                    } catch (IOException ignored) {
                        // reported below
                    }
                    LOG.warn("{}:{}: skipping a corrupt journal line", file, number);
                }

                @Override
                public void tooLong(int number) {
                    LOG.warn("{}:{}: skipping a journal line longer than {} bytes", file, number, readBound());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Lines are written at most maxLineBytes long; reading allows more, in case the limit was lowered since. */
    private int readBound() {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(4L * maxLineBytes, 4L << 20));
    }

    private static byte[] bytes(ObjectNode record) {
        try {
            return (Mapper.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
