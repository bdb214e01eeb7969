package org.autoheal.strategy.python;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate fixes for a simple Python syntax error at a reported line. Each candidate is the
 * whole file with only the reported statement changed (line endings and every other byte kept),
 * in order of preference. Whether a candidate compiles is {@link SyntaxRepair}'s business.
 */
public final class SyntaxFixer {
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_LINE_CHARS = 10_000;
    /** The kinds a proposal may name; "unknown" tries every kind that applies. */
    public static final List<String> KINDS =
            List.of("missing_colon", "unclosed_bracket", "tab_error", "print_statement", "unknown");

    /**
     * @param line 1-based line reported by the interpreter
     * @return candidates, best first; empty when nothing applies or the input is out of bounds
     */
    public List<String> candidates(String source, int line, String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown syntax fix kind " + PythonNames.describe(kind)
                    + "; use one of " + KINDS);
        }
        if (outOfBounds(source, line) != null) {
            return List.of();
        }
        SourceText text = new SourceText(source);
        LineScan scan = LineScan.of(text);
        int i = line - 1;
        Set<String> out = new LinkedHashSet<>();
        if (kind.equals("missing_colon") || kind.equals("unknown")) {
            out.addAll(ColonFix.candidates(text, scan, i));
        }
        if (kind.equals("unclosed_bracket") || kind.equals("unknown")) {
            out.addAll(BracketFix.candidates(text, scan, i));
        }
        if (kind.equals("print_statement") || kind.equals("unknown")) {
            out.addAll(PrintFix.candidates(text, scan, i));
        }
        if (kind.equals("tab_error") || kind.equals("unknown")) {
            out.addAll(TabFix.candidates(text, scan, i));
        }
        out.remove(source);
        return List.copyOf(out);
    }

    /** Why {@code source} at {@code line} is beyond what this fixer edits, or null when it is within bounds. */
    public static String outOfBounds(String source, int line) {
        if (source == null || source.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "the file is larger than " + MAX_BYTES + " bytes";
        }
        SourceText text = new SourceText(source);
        if (line < 1 || line > text.size()) {
            return "line " + line + " is not in the file (it has " + text.size() + " lines)";
        }
        for (int i = 0; i < text.size(); i++) {
            if (text.line(i).length() > MAX_LINE_CHARS) {
                return "line " + (i + 1) + " is " + text.line(i).length() + " characters long (the limit is "
                        + MAX_LINE_CHARS + ")";
            }
        }
        return null;
    }
}
