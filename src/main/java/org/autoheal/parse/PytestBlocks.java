package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.facts.ToolchainError;

/**
 * pytest's long report of one failure: the test's section ({@code ____ test_x ____}, the source of each frame,
 * local variables, {@code tests/t.py:6: } locations) ending in {@code E   Type: message} lines, which quote the
 * exception, and for a module that does not compile its whole SyntaxError report. Each E block becomes one
 * {@code test_runner} signal whose lines are its section, so the address or path the test's code shows is
 * its detail too.
 */
final class PytestBlocks {
    private static final int SECTION_BACK = 300;

    private PytestBlocks() {
    }

    static List<ParseResult> read(Lines lines) {
        List<ParseResult> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isE(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            List<String> quoted = new ArrayList<>();
            while (i < lines.size() && isE(lines.get(i))) {
                String l = lines.get(i);
                quoted.add(l.length() > 4 ? l.substring(4) : "");
                i++;
            }
            ToolchainError e = quotedError(quoted);
            if (e == null || out.size() >= Caps.MAX_LIST) continue;
            int end = i - 1;
            String[] loc = location(lines.get(i));
            if (loc != null) end = i;
            int sectionStart = sectionStart(lines, start);
            if (e.getFile() == null) userLocation(e, lines, sectionStart, end);
            e.setLanguage("python");
            e.setOrigin("test_runner");
            out.add(new ParseResult(e, sectionStart, end));
        }
        return out;
    }

    /** {@code E} alone or {@code E} and three spaces: pytest's quote of the exception. */
    private static boolean isE(String line) {
        return line.equals("E") || line.startsWith("E   ");
    }

    /** The exception the E lines quote: a whole traceback (SyntaxError report) or the last {@code Type: message}. */
    private static ToolchainError quotedError(List<String> quoted) {
        Lines sub = Lines.of(String.join("\n", quoted));
        List<ParseResult> tb = new ArrayList<>();
        for (List<PythonTraceback.Block> chain : PythonTraceback.readAll(sub)) {
            if (chain.get(chain.size() - 1).type != null) tb.add(null);
        }
        String typed = null;
        for (String q : quoted) {
            String t = q.strip();
            if (LineSignals.typedAt(t) == 0) typed = t;   // E lines keep the failing line's indentation
        }
        if (!tb.isEmpty()) {
            List<ParseResult> all = PythonParser.parseAll(sub, null);
            if (!all.isEmpty()) return all.get(all.size() - 1).fact();
        }
        if (typed == null) return null;
        List<ParseResult> one = PythonParser.parseAll(Lines.of(PythonTraceback.HEADER + "\n" + typed), null);
        return one.isEmpty() ? null : one.get(one.size() - 1).fact();
    }

    /** The section header above the E block ({@code ____ test_x ____}), bounded; else the E block itself. */
    private static int sectionStart(Lines lines, int start) {
        for (int k = start - 1; k >= 0 && k >= start - SECTION_BACK; k--) {
            String t = lines.get(k);
            if (t.startsWith("____") || t.startsWith("====") || isE(t)) return k + 1;
        }
        return start;
    }

    /** {@code tests/test_api.py:6: } or {@code /usr/lib/python3.11/socket.py:836: ConnectionRefusedError}. */
    private static String[] location(String line) {
        if (line.isEmpty() || line.charAt(0) == ' ') return null;
        int colon = line.indexOf(": ");
        String head = colon > 0 ? line.substring(0, colon) : line.endsWith(":") ? line.substring(0, line.length() - 1) : null;
        if (head == null) return null;
        String[] loc = NodeParser.splitLocation(head);
        return loc != null && loc[0].endsWith(".py") ? loc : null;
    }

    /** File and line of the last user location line of the section (the test's own failing line). */
    private static void userLocation(ToolchainError e, Lines lines, int from, int to) {
        for (int k = to; k >= from; k--) {
            String[] loc = location(lines.get(k));
            if (loc == null || !PythonParser.isUserFile(loc[0])) continue;
            e.setFile(loc[0]);
            e.setLine(Names.number(loc[1]));
            return;
        }
    }
}
