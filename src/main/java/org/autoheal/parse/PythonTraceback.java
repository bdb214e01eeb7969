package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Python tracebacks into blocks: frames ({@code File "x", line N, in f} + source line + caret
 * line) and the exception line that ends them. Handles headerless SyntaxError output (py_compile,
 * a script that does not compile) and chains joined by "During handling of the above exception"
 * or "The above exception was the direct cause". Only the last chain in the text is kept.
 */
final class PythonTraceback {
    static final String HEADER = "Traceback (most recent call last):";
    static final String DURING = "During handling of the above exception, another exception occurred:";
    static final String CAUSE = "The above exception was the direct cause of the following exception:";
    private static final int EXCEPTION_SEARCH = 3;

    record Frame(String file, int line, String function, String code, Integer caretColumn) {
        boolean isSyntaxHeader() { return function == null; }
    }

    static final class Block {
        final List<Frame> frames = new ArrayList<>();
        String type;
        String message;
        Integer repeated;
        int start;
        int end;
    }

    private PythonTraceback() {
    }

    /** The blocks of the last chain, oldest (innermost cause) first; empty when there is no traceback. */
    static List<Block> read(Lines lines) {
        List<List<Block>> all = readAll(lines);
        return all.isEmpty() ? new ArrayList<>() : all.get(all.size() - 1);
    }

    /** Every chain in the text, in order; each chain oldest (innermost cause) first. */
    static List<List<Block>> readAll(Lines lines) {
        List<List<Block>> chains = new ArrayList<>();
        List<Block> chain = new ArrayList<>();
        boolean linked = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String t = line.strip();
            Block b;
            if (t.endsWith(HEADER)) {
                b = block(lines, i + 1);
                b.start = i;
            } else if (frame(line) != null) {
                b = block(lines, i);
                b.start = i;
                if (b.type == null) {       // stray File lines, not a SyntaxError report: skip them all at once
                    i = Math.max(i + 1, b.end + 1);
                    continue;
                }
            } else {
                if (t.equals(DURING) || t.equals(CAUSE)) linked = true;
                i++;
                continue;
            }
            if (!linked && !chain.isEmpty()) {
                chains.add(chain);
                chain = new ArrayList<>();
            }
            chain.add(b);
            linked = false;
            i = Math.max(i + 1, b.end + 1);
        }
        if (!chain.isEmpty()) chains.add(chain);
        return chains;
    }

    private static Block block(Lines lines, int start) {
        Block b = new Block();
        int i = start;
        b.end = Math.max(start - 1, 0);
        while (i < lines.size()) {
            String line = lines.get(i);
            Frame f = frame(line);
            if (f != null) {
                int frameIndent = Lines.indent(line);
                String code = null;
                Integer caret = null;
                String next = lines.get(i + 1);
                if (i + 1 < lines.size() && Lines.indent(next) > frameIndent && !next.isBlank()
                        && frame(next) == null && !isMarkerLine(next) && !isRepeat(next)) {
                    code = next.strip();
                    i++;
                    String marker = lines.get(i + 1);
                    if (i + 1 < lines.size() && isMarkerLine(marker)) {
                        caret = caretColumn(marker, Lines.indent(next));
                        i++;
                    }
                }
                b.frames.add(new Frame(f.file(), f.line(), f.function(), code, caret));
                b.end = i;
                i++;
            } else if (isRepeat(line)) {
                String digits = Names.digitsAt(line.strip(), "[Previous line repeated ".length());
                b.repeated = Names.number(digits);
                b.end = i++;
            } else {
                break;
            }
        }
        // the exception line follows the frames; interleaved stdout may push it a few lines down
        for (int k = i; k < Math.min(lines.size(), i + EXCEPTION_SEARCH); k++) {
            if (exception(lines.get(k), b, true)) {
                b.end = k;
                return b;
            }
        }
        if (i < lines.size() && exception(lines.get(i), b, false)) b.end = i;
        return b;
    }

    /** Parses {@code File "x", line N[, in f]} (indented at most 4); null when the line is not a frame. */
    static Frame frame(String line) {
        int ind = Lines.indent(line);
        boolean quoted = false;
        if (ind > 4 || !line.startsWith("File \"", ind)) {
            // a log line quoting a child's SyntaxError header after its own words ("ERROR runner: job x failed (exit 1):
            // File "/app/jobs/x.py", line 5"): read from "File", and only a header (no ", in f") that ends the line
            int at = line.indexOf(": File \"");
            if (at < 0 || at > 300) return null;
            ind = at + 2;
            quoted = true;
        }
        int q = line.indexOf("\", line ", ind + 6);
        if (q < 0) return null;
        String digits = Names.digitsAt(line, q + 8);
        Integer no = Names.number(digits);
        if (no == null) return null;
        int after = q + 8 + digits.length();
        String function = null;
        if (line.startsWith(", in ", after) && !quoted) function = line.substring(after + 5).strip();
        else if (!line.substring(after).isBlank()) return null;
        return new Frame(line.substring(ind + 6, q), no, function, null, null);
    }

    /** Reads {@code Type: message} or a bare {@code Type} at column 0 into the block. */
    private static boolean exception(String line, Block b, boolean strict) {
        if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') return false;
        String t = line.strip();
        if (t.startsWith("Sorry: ")) t = t.substring(7);   // py_compile of old Pythons
        int colon = t.indexOf(':');
        String type = colon < 0 ? t : t.substring(0, colon);
        if (!Names.isDottedName(type)) return false;
        if ((strict || colon < 0) && !looksLikeExceptionName(type)) return false;
        b.type = type;
        b.message = colon < 0 ? null : t.substring(colon + 1).strip();
        return true;
    }

    private static boolean looksLikeExceptionName(String type) {
        return type.indexOf('.') > 0 || type.endsWith("Error") || type.endsWith("Exception") || type.endsWith("Interrupt")
                || type.endsWith("Exit") || type.endsWith("Warning") || type.endsWith("Group");
    }

    private static boolean isRepeat(String line) {
        return line.strip().startsWith("[Previous line repeated ");
    }

    /** A line of only spaces, carets and tildes (Python 3.11 error markers). */
    static boolean isMarkerLine(String line) {
        boolean mark = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '^' || c == '~') mark = true;
            else if (c != ' ') return false;
        }
        return mark;
    }

    private static Integer caretColumn(String marker, int codeIndent) {
        int caret = marker.indexOf('^');
        return caret >= codeIndent ? caret - codeIndent + 1 : null;
    }
}
