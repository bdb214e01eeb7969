package org.autoheal.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The log a detached run appends to ({@link RunSpec#appendTo}: services, pip, npm): a header line
 * per run, the offset where the run's own output starts, and a bounded read of that output. What
 * {@link BoundedBuffer} is for an attached run, this is for a detached one.
 */
public final class RunLog {

    /** The run's output since its offset: at most the last bytes asked for, and how many earlier ones were left out. */
    public record Tail(String text, long dropped) {
    }

    private RunLog() {
    }

    /**
     * Appends {@code header} as one line and returns the offset where the run's own output starts.
     * A log past {@code rotateAbove} bytes is first moved to {@code NAME.1}, so it stays bounded.
     */
    public static long begin(Path log, String header, long rotateAbove) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.isRegularFile(log) && Files.size(log) > rotateAbove) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
        }
        return Files.size(log);
    }

    /** The output from {@code offset} on, at most its last {@code maxBytes} bytes (UTF-8, invalid sequences replaced). */
    public static Tail since(Path log, long offset, int maxBytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, offset);
            long from = Math.max(start, f.length() - maxBytes);
            byte[] bytes = new byte[(int) Math.max(0, f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            return new Tail(new String(bytes, StandardCharsets.UTF_8), from - start);
        }
    }
}
