package org.autoheal.strategy.install;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The log a detached installer (pip, npm) appends its output to: one header line per run, the
 * offset where the run's own output starts, and a bounded tail of that output. Past
 * {@link #ROTATE_BYTES} the log is moved to {@code NAME.1} first, so it stays bounded.
 */
final class AppendLog {
    static final int TAIL_BYTES = 16 * 1024;
    static final long ROTATE_BYTES = 4L << 20;

    private AppendLog() {
    }

    /** Appends a line naming the run and returns the offset where the run's own output starts. */
    static long header(Path log, List<String> argv) throws IOException {
        if (Files.isRegularFile(log) && Files.size(log) > ROTATE_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(("== " + Instant.now() + " " + String.join(" ", argv) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return Files.size(log);
    }

    /** The run's output from {@code offset}, at most the last {@link #TAIL_BYTES} bytes of it. */
    static String tail(Path log, long offset, String program) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long from = Math.max(offset, f.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) Math.max(0, f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return from == offset ? text : "[... " + (from - offset) + " earlier bytes dropped ...]\n" + text;
        } catch (IOException e) {
            return "(" + program + "'s output in " + log + " cannot be read: " + e.getMessage() + ")";
        }
    }
}
