package org.autoheal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.autoheal.facts.ToolchainError;

/**
 * Every error signal of one output, as facts with origin and position: the lead fact, the other
 * blocks the language parsers read (earlier tracebacks, the exceptions of a chain, a shell line
 * before a traceback), and one-line signals on the lines no block covers. At most
 * {@link ErrorParsers#MAX_SIGNALS}: the lead and the latest others, as the end of an output says
 * most about why it failed.
 */
final class Evidence {
    private static final int MAX_EXCERPT = 2048;

    private Evidence() {
    }

    static List<ToolchainError> collect(ToolchainError lead, ParseResult best, List<ParseResult> found,
                                        List<ParseResult> chained, Lines lines, ErrorInput input, String text) {
        boolean[] claimed = new boolean[lines.size()];
        List<ToolchainError> signals = new ArrayList<>();
        signals.add(lead);
        List<ParseResult> blocks = new ArrayList<>(found);
        blocks.addAll(chained);
        for (ParseResult r : blocks) {
            for (int i = Math.max(0, r.startLine()); i <= r.endLine() && i < claimed.length; i++) claimed[i] = true;
        }
        if (best != null) {
            for (int i = Math.max(0, best.startLine()); i <= best.endLine() && i < claimed.length; i++) claimed[i] = true;
        }
        if (best != null) lead.setExcerpt(excerpt(best.startLine(), best.endLine(), lines));
        LineReads reads = new LineReads(lines, input);
        for (ParseResult r : blocks) {
            if (r == best || r.fact() == lead) continue;
            signals.add(finish(r.fact(), r.startLine(), r.endLine(), lines, reads, input, text));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (claimed[i] || lines.get(i).isBlank() || LogLine.dataRow(lines, i)) continue;
            ToolchainError e = reads.signal(i);
            if (e != null) signals.add(finish(e, i, i, lines, reads, input, text));
        }
        signals.sort(Comparator.comparingInt(ToolchainError::getPosition));
        if (signals.size() > ErrorParsers.MAX_SIGNALS) {
            List<ToolchainError> kept = new ArrayList<>(signals.subList(signals.size() - (ErrorParsers.MAX_SIGNALS - 1), signals.size()));
            if (!kept.contains(lead)) kept.add(0, lead);
            signals = kept;
            signals.sort(Comparator.comparingInt(ToolchainError::getPosition));
        }
        for (int i = 0; i < signals.size(); i++) signals.get(i).setIndex(i);
        return signals;
    }

    /**
     * {@link LineSignals#of} of each line, read at most once: {@link #finish} asks whether the line below a signal is one,
     * and the loop over the lines then reads that line again.
     */
    private static final class LineReads {
        private final Lines lines;
        private final ErrorInput input;
        private final ToolchainError[] signal;
        private final boolean[] read;

        LineReads(Lines lines, ErrorInput input) {
            this.lines = lines;
            this.input = input;
            this.signal = new ToolchainError[lines.size()];
            this.read = new boolean[lines.size()];
        }

        ToolchainError signal(int i) {
            if (!read[i]) {
                signal[i] = LineSignals.of(lines.get(i), input);
                read[i] = true;
            }
            return signal[i];
        }
    }

    /** gcc's and clang's quote of the failing line under a diagnostic ({@code     1 | #include <curl/curl.h>}); null otherwise. */
    static String compilerExcerpt(String next, int line) {
        String t = next.stripLeading();
        String number = Names.digitsAt(t, 0);
        if (number.isEmpty() || !t.startsWith(" | ", number.length()) || Names.number(number) == null || Names.number(number) != line) return null;
        return t.substring(number.length() + 3).strip();
    }

    private static String excerpt(int start, int end, Lines lines) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, start); i <= end && b.length() < MAX_EXCERPT; i++) b.append(lines.get(i)).append('\n');
        // the first MAX_EXCERPT chars, stripped, copied once
        int from = 0;
        int to = Math.min(b.length(), MAX_EXCERPT);
        while (from < to && Character.isWhitespace(b.charAt(from))) from++;
        while (to > from && Character.isWhitespace(b.charAt(to - 1))) to--;
        return b.substring(from, to);
    }

    /** Common fields, the signal's own lines as its excerpt, and the details its own lines state. */
    private static ToolchainError finish(ToolchainError e, int start, int end, Lines lines, LineReads reads, ErrorInput input, String text) {
        String excerpt = excerpt(start, end, lines);
        if (e.getMessage().isEmpty()) e.setMessage(lines.get(end).strip());
        ErrorParsers.base(e, input, text, lines);
        e.setExcerpt(excerpt);
        e.setPosition(end + 1);
        Lines own = Lines.of(excerpt);
        NetExtractor.fill(e, own, input);
        if (e.getUrl() == null && e.getHost() == null && end + 1 < lines.size() && !lines.get(end + 1).isBlank()
                && reads.signal(end + 1) == null) {
            // a one-line error and its context line ("while connecting to ws://…", websockets): the address it states
            NetExtractor.fill(e, Lines.of(excerpt + "\n" + lines.get(end + 1)), input);
        }
        FileExtractor.fill(e, own, input.command());
        FileExtractor.jsonFileAbove(e, lines, start);
        FileExtractor.jsonFileFailedBelow(e, lines, end, false);
        CloseCodes.fill(e, lines);
        if (e.getCodeLine() == null && e.getLine() != null && end + 1 < lines.size()) e.setCodeLine(compilerExcerpt(lines.get(end + 1), e.getLine()));
        return Caps.bound(e);
    }
}
