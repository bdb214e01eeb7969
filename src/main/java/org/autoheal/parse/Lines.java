package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounded text split into lines for the parsers. At most {@link #MAX_LINES} lines (the last
 * ones) and each cut to {@link #MAX_LINE} chars, so every per-line scan and regex works on a small,
 * bounded string whatever the input looks like.
 */
final class Lines {
    static final int MAX_LINES = 20_000;
    static final int MAX_LINE = 4096;

    private final List<String> lines;
    /** Each line stripped, made at first use: every parser reads the lines stripped, and stripping copies. */
    private String[] stripped;
    /** The text the lines were split from, and how many of its lines came before the kept ones. */
    private final String text;
    private final int dropped;
    /** Per line and for the whole text, the {@link OutputLiterals} found there: one pass, made at first use. */
    private long[] literals;
    private long literalsAnywhere;

    private Lines(List<String> lines, String text, int dropped) {
        this.lines = lines;
        this.text = text;
        this.dropped = dropped;
    }

    static Lines of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, Math.min(end, start + MAX_LINE));
            if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') line = line.substring(0, line.length() - 1);
            out.add(line);
            if (nl < 0) break;
            start = nl + 1;
        }
        int dropped = Math.max(0, out.size() - MAX_LINES);
        if (dropped > 0) out = new ArrayList<>(out.subList(dropped, out.size()));
        return new Lines(out, text, dropped);
    }

    /**
     * These lines with the ones {@code blank} marks made empty (positions kept); this when none is marked. The copy keeps
     * the text's {@link #literals}: more than its blank lines hold, which a reader's literal test (a gate) allows.
     */
    Lines blanked(boolean[] blank) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!blank[i]) continue;
            if (out == null) out = new ArrayList<>(lines);
            out.set(i, "");
        }
        return out == null ? this : new Lines(out, text, dropped);
    }

    int size() { return lines.size(); }

    String get(int i) { return i >= 0 && i < lines.size() ? lines.get(i) : ""; }

    List<String> all() { return lines; }

    /** {@code get(i).strip()}, stripped once per line. */
    String stripped(int i) {
        if (i < 0 || i >= lines.size()) return "";
        if (stripped == null) stripped = new String[lines.size()];
        String s = stripped[i];
        if (s == null) stripped[i] = s = lines.get(i).strip();
        return s;
    }

    /**
     * The {@link OutputLiterals} in line {@code i} as the text has it (before the cut to {@link #MAX_LINE}): all that the
     * line holds, and maybe more of a cut line, so a reader may skip a line that lacks a literal its match needs.
     */
    long literals(int i) {
        if (literals == null) findLiterals();
        return i >= 0 && i < literals.length ? literals[i] : 0;
    }

    /** The {@link OutputLiterals} anywhere in the text the lines were split from: bit k is {@code text.contains(literal k)}. */
    long literalsAnywhere() {
        if (literals == null) findLiterals();
        return literalsAnywhere;
    }

    /** One pass over the text, line by line as {@link #of} splits it (no literal holds a line break). */
    private void findLiterals() {
        long[] found = new long[lines.size()];
        long anywhere = 0;
        int line = -dropped;
        for (int start = 0; start <= text.length(); line++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            long here = OutputLiterals.SET.in(text, start, end);
            anywhere |= here;
            if (line >= 0 && line < found.length) found[line] = here;
            if (nl < 0) break;
            start = nl + 1;
        }
        literals = found;
        literalsAnywhere = anywhere;
    }

    /** The last line that is not blank, trimmed; null when there is none. */
    String lastNonBlank() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String t = stripped(i);
            if (!t.isEmpty()) return t;
        }
        return null;
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    static boolean isBlank(String line) {
        return line.isBlank();
    }
}
