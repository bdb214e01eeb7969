package org.autoheal.parse;

/**
 * Takes the box off Python's exception-group tracebacks (3.11+: asyncio's TaskGroup, {@code ExceptionGroup},
 * trio/anyio), so each sub-exception reads as the plain traceback it is:
 * <pre>
 *   + Exception Group Traceback (most recent call last):
 *   |   File "feed.py", line 6, in main
 *   | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
 *   +-+---------------- 1 ----------------
 *     | Traceback (most recent call last):
 *     | ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 8080)
 *     +------------------------------------
 * </pre>
 * becomes the group's traceback, a blank line, and the sub-exception's traceback. Each line keeps its place (a
 * separator becomes a blank line), so positions and line numbers stay those of the output.
 */
final class ExceptionGroups {
    static final String HEADER = "Exception Group Traceback (most recent call last):";

    private ExceptionGroups() {
    }

    /** The text with every exception-group box removed; the text itself when it holds none. */
    static String unbox(String text) {
        if (text == null || !text.contains(HEADER)) return text;
        String[] lines = text.split("\n", -1);
        boolean inBox = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].stripLeading();
            if (t.startsWith("+ " + HEADER)) {
                inBox = true;
                lines[i] = HEADER;
            } else if (inBox && t.startsWith("|")) {
                lines[i] = t.startsWith("| ") ? t.substring(2) : t.substring(1);   // keeps the code's own indent
            } else if (inBox && t.startsWith("+-")) {
                lines[i] = "";                                                      // a sub-exception's separator
            } else if (!inBox || !markedWithin(lines, i + 1, 2)) {
                inBox = false;   // a SyntaxError's source and caret lines are printed without the marker: not an end
            }
        }
        return String.join("\n", lines);
    }

    /** True when one of the {@code n} lines from {@code from} on is a line of the box. */
    private static boolean markedWithin(String[] lines, int from, int n) {
        for (int k = from; k < Math.min(lines.length, from + n); k++) {
            String t = lines[k].stripLeading();
            if (t.startsWith("|") || t.startsWith("+-")) return true;
        }
        return false;
    }
}
