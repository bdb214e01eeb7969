package org.autoheal.learn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outcomes file line by line and never fails: a corrupt line, an over-long line or a
 * torn last line (a write cut short by a crash) is skipped with one warning naming file:line,
 * and an unreadable file gives the outcomes read so far. Learning is advice; losing a line
 * only makes a salience adjustment smaller.
 */
final class OutcomeReader {
    static final int MAX_LINE_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeStore.class);
    private final Path file;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean tooLong;
    private int lineNo;

    OutcomeReader(Path file) {
        this.file = file;
    }

    List<Outcome> read() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = in.read(chunk)) > 0; ) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') continue;
                    take(chunk, start, i - start);
                    endLine(false);
                    start = i + 1;
                }
                take(chunk, start, n - start);
            }
            if (current.size() > 0 || tooLong) endLine(true);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("cannot read learning outcomes {} after line {}: {}; learned salience uses the {} outcomes read",
                    file, lineNo, e, outcomes.size());
        }
        return List.copyOf(outcomes);
    }

    private void take(byte[] chunk, int from, int len) {
        if (tooLong || len == 0) return;
        if (current.size() + len > MAX_LINE_BYTES) {
            tooLong = true;
            current.reset();
            return;
        }
        current.write(chunk, from, len);
    }

    private void endLine(boolean last) {
        lineNo++;
        String text = current.toString(StandardCharsets.UTF_8);
        boolean overLong = tooLong;
        current.reset();
        tooLong = false;
        if (overLong) {
            LOG.warn("skipped learning outcome {}:{}: line longer than {} bytes", file, lineNo, MAX_LINE_BYTES);
            return;
        }
        if (text.isBlank()) return;
        try {
            outcomes.add(OutcomeJson.parse(text));
        } catch (IllegalArgumentException e) {
            String why = last ? "incomplete last line, probably a write cut short by a crash" : e.getMessage();
            LOG.warn("skipped learning outcome {}:{}: {}", file, lineNo, why);
        }
    }
}
