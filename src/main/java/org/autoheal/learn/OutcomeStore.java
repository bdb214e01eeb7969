package org.autoheal.learn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Outcomes as an append-only JSON Lines file, {@code <state>/learning/outcomes.jsonl}.
 * Each record is one {@code write} of the whole line plus {@code '\n'} on a channel opened with
 * APPEND, then forced to disk: appends from several processes never interleave inside a line,
 * and a crash leaves at most a torn last line, which {@link #readAll()} skips with a warning.
 * Appends hold a lock on the file (and, within one JVM, a shared monitor) so the torn-line check
 * and the write cannot interleave with another writer's.
 */
public final class OutcomeStore {
    private static final Object JVM_LOCK = new Object(); // FileLock excludes processes, not threads
    private final Path file;
    // every decision reads the history: parse the file again only when it changed (size or mtime)
    private List<Outcome> cached;
    private long cachedSize = -1;
    private java.nio.file.attribute.FileTime cachedModified;

    public OutcomeStore(Path stateDir) {
        this.file = stateDir.resolve("learning").resolve("outcomes.jsonl");
    }

    public Path file() {
        return file;
    }

    /**
     * Appends the outcome if it is evidence (healed, failed, error); returns false and writes
     * nothing for refused, skipped, dry_run and other statuses.
     */
    public synchronized boolean record(Outcome outcome) throws IOException {
        if (!outcome.isEvidence()) return false;
        String line = OutcomeJson.line(outcome);
        try {
            Files.createDirectories(file.getParent());
            // the torn-line check and the write are one step: another writer caught mid-line would
            // otherwise look like a crash and earn a stray empty line
            synchronized (JVM_LOCK) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                     FileLock ignored = ch.lock()) {
                    // after a crash the file may end inside a line: start on a fresh one so this record survives
                    if (endsWithoutNewline()) line = "\n" + line;
                    ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                    while (buf.hasRemaining()) ch.write(buf);
                    ch.force(true);
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot append a learning outcome to " + file + ": " + e
                    + "; check that the state folder is writable and the disk is not full", e);
        }
        return true;
    }

    /** Every outcome in file order; a missing file is no history. Bad lines are skipped with a warning. */
    public synchronized List<Outcome> readAll() {
        try {
            var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (cached != null && attrs.size() == cachedSize && attrs.lastModifiedTime().equals(cachedModified)) return cached;
            cached = List.copyOf(new OutcomeReader(file).read());
            cachedSize = attrs.size();
            cachedModified = attrs.lastModifiedTime();
            return cached;
        } catch (IOException e) { // no file yet (or unreadable: the reader says why)
            cached = null;
            return new OutcomeReader(file).read();
        }
    }

    /**
     * Replaces the file with these outcomes (non-evidence left out), written to a temp file and
     * renamed over the old one, so readers see the old or the new file, never half of one. For
     * when the state file was lost and the outcomes were recovered from the journal; appends by
     * another process during the rebuild go to the replaced file and are lost.
     *
     * @return how many outcomes were written
     */
    public synchronized int rebuildFrom(List<Outcome> outcomes) throws IOException {
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "outcomes-", ".tmp");
            StringBuilder text = new StringBuilder();
            int written = 0;
            for (Outcome o : outcomes) {
                if (!o.isEvidence()) continue;
                text.append(OutcomeJson.line(o));
                written++;
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            syncDirectory(dir);
            return written;
        } catch (IOException e) {
            throw new IOException("cannot rebuild the learning outcomes file " + file + ": " + e
                    + "; check that the state folder is writable and the disk is not full", e);
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    private boolean endsWithoutNewline() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) return false;
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    // makes the rename durable; some platforms cannot open a folder for sync, the rename still happened
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
