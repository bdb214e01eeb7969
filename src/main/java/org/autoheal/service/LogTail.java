package org.autoheal.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.autoheal.exec.RunLog;

/** The last lines of a service log since a given offset ({@link RunLog}), bounded and made printable for messages. */
final class LogTail {
    private static final int MAX_BYTES = 8192;
    private static final int MAX_LINE = 300;

    private LogTail() {
    }

    static String read(Path log, long fromOffset, int maxLines) {
        if (!Files.isRegularFile(log)) return "(no log at " + log + ")";
        try {
            String text = RunLog.since(log, fromOffset, MAX_BYTES).text();
            if (text.isEmpty()) return "(log " + log + " is empty)";
            List<String> lines = Arrays.asList(text.split("\r?\n"));
            return lines.subList(Math.max(0, lines.size() - maxLines), lines.size()).stream()
                    .map(l -> "  | " + Texts.clip(l, MAX_LINE))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(cannot read log " + log + ": " + e.getMessage() + ")";
        }
    }
}
