package org.autoheal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.autoheal.config.Home;

/**
 * One healer per home at a time: an OS file lock on {@code state/autoheal.lock}, which holds
 * the holder's pid, start time and command. The kernel drops the lock when its process dies
 * (even by SIGKILL), so a stale lock is taken over without guessing from pids; the text the
 * dead holder left is kept as {@link #previous()} so the caller can say so.
 * The file is never deleted: deleting it would let two processes lock two different files.
 */
public final class HomeLock implements AutoCloseable {
    public static final String FILE = "autoheal.lock";
    /**
     * Locks this JVM holds. POSIX record locks belong to the process: closing any other channel
     * on the file would silently drop ours, so a second attempt from this JVM never opens it.
     */
    private static final Map<Path, HomeLock> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;
    private final Optional<LockHolder> previous;

    private HomeLock(Path file, FileChannel channel, FileLock lock, LockHolder holder, Optional<LockHolder> previous) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
        this.previous = previous;
    }

    /**
     * Takes the lock without waiting.
     *
     * @throws HomeLockedException if another process (or this one) holds it
     * @throws UncheckedIOException if the lock file cannot be created or locked
     */
    public static synchronized HomeLock acquire(Home home, String command) {
        Path file = home.state().resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            file = file.getParent().toRealPath().resolve(FILE); // one key however the home was named
            HomeLock mine = HELD.get(file);
            if (mine != null) throw new HomeLockedException(file, Optional.of(mine.holder));
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // held in this JVM through a channel we do not know (a hard link?): closing ours would drop it
                throw new HomeLockedException(file, Optional.empty());
            }
            if (lock == null) {
                Optional<LockHolder> holder = read(channel);
                channel.close();
                throw new HomeLockedException(file, holder);
            }
            // a clean release empties the file: text left here is from a holder that died
            Optional<LockHolder> previous = read(channel);
            LockHolder me = new LockHolder(ProcessHandle.current().pid(), Instant.now(), command);
            write(channel, me.text());
            HomeLock taken = new HomeLock(file, channel, lock, me, previous);
            HELD.put(file, taken);
            return taken;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + " (" + e.getMessage()
                    + "); check that state/ is writable and on a local file system", e);
        }
    }

    /** The current holder if the lock is held right now (by any process); empty if it is free. Writes nothing. */
    public static synchronized Optional<LockHolder> heldBy(Home home) {
        Path file;
        try {
            file = home.state().toRealPath().resolve(FILE);
        } catch (IOException e) {
            return Optional.empty(); // no state/ yet: nobody has locked this home
        }
        HomeLock mine = HELD.get(file);
        if (mine != null) return Optional.of(mine.holder);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return Optional.empty();
            }
            return Optional.of(read(channel).orElse(new LockHolder(-1, Instant.EPOCH, "?")));
        } catch (IOException | OverlappingFileLockException e) {
            return Optional.empty(); // cannot tell: history then shows the incident as interrupted
        }
    }

    public Path file() { return file; }
    public LockHolder holder() { return holder; }

    /** The holder that died with the lock held (its text was still in the file), if any. */
    public Optional<LockHolder> previous() { return previous; }

    /** Empties the file, then releases the lock. */
    @Override
    public void close() {
        synchronized (HomeLock.class) {
            if (HELD.remove(file, this)) release();
        }
    }

    private void release() {
        try {
            channel.truncate(0);
            channel.force(true);
        } catch (IOException ignored) {
            // the next holder only sees stale text; the lock itself is released below
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static Optional<LockHolder> read(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        channel.position(0);
        while (buf.hasRemaining() && channel.read(buf) > 0) {
            // fill up to the limit; a longer file is not ours
        }
        return LockHolder.parse(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        channel.position(0);
        while (buf.hasRemaining()) channel.write(buf);
        channel.force(true);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
