package org.autoheal.service;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of a service log since a given offset, bounded and made printable for messages. */
final class LogTail {
    private static final int MAX_BYTES = 8192;
    private static final int MAX_LINE = 300;

    private LogTail() {
    }

    static String read(Path log, long fromOffset, int maxLines) {
        if (!Files.isRegularFile(log)) return "(no log at " + log + ")";
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long end = file.length();
            long start = Math.max(Math.max(0, fromOffset), end - MAX_BYTES);
            if (start >= end) return "(log " + log + " is empty)";
            byte[] bytes = new byte[(int) (end - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            return lines.subList(Math.max(0, lines.size() - maxLines), lines.size()).stream()
                    .map(l -> "  | " + Texts.clip(l, MAX_LINE))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(cannot read log " + log + ": " + e.getMessage() + ")";
        }
    }
}
