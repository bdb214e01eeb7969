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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only journal {@code logs/autoheal/journal.jsonl}: one JSON object per line,
 * written with a single append and forced to disk. Reading skips a corrupt or torn line with
 * a warning instead of failing.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;
    private final int maxLineBytes;
    private final Object writeLock = new Object();
    private final Object syncLock = new Object();
    private long written; // lines written by this instance, guarded by writeLock
    private long synced;  // lines known to be on disk, guarded by syncLock

    public Journal(Path file, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one record and returns once it is on disk; an oversized record is cut down to its
     * identifying fields. Concurrent appends share one fsync (group commit): an fsync covers the
     * file, so a writer whose line an fsync already covered returns without its own.
     */
    public void append(ObjectNode record) {
        byte[] line = bytes(record);
        if (line.length > maxLineBytes) {
            ObjectNode small = MAPPER.createObjectNode();
            for (String k : List.of("type", "id", "incident", "tool", "at", "outcome", "status")) {
                if (record.has(k)) small.set(k, record.get(k));
            }
            small.put("truncated", "record of " + line.length + " bytes exceeded limits.max_journal_line_bytes");
            line = bytes(small);
        }
        long mine;
        try {
            synchronized (writeLock) {
                Files.createDirectories(file.getParent());
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer buf = ByteBuffer.wrap(line);
                    while (buf.hasRemaining()) ch.write(buf);
                }
                mine = ++written;
            }
            synchronized (syncLock) {
                if (synced >= mine) return;
                long covered;
                synchronized (writeLock) {
                    covered = written;
                }
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.force(false);
                }
                synced = covered;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every readable record in order; corrupt lines are skipped with a warning naming file:line. */
    public List<JsonNode> readAll() {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) { // malformed UTF-8
            lines = List.of(new String(readBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            try {
                JsonNode n = MAPPER.readTree(l);
                if (n != null && n.isObject()) {
                    out.add(n);
                    continue;
                }
            } catch (IOException ignored) {
                // reported below
            }
            LOG.warn("{}:{}: skipping a corrupt journal line", file, i + 1);
        }
        return out;
    }

    private byte[] readBytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode record) {
        try {
            return (MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
