package org.autoheal.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a process printed under the prefix its runner put in front of each of its lines: docker compose's
 * {@code web-1  | } (v1 {@code web_1  | }), honcho's and foreman's {@code 13:45:25 worker.1 | }, kubectl logs
 * --prefix {@code [pod/web-7d9f/app] }. The parsers know a traceback, a stack or a tool message by how its lines
 * start, so a prefixed one would be read as plain text without its file, line or path.
 *
 * <p>A prefix is taken away only when at least two lines carry the same process name, and only in these shapes: a
 * lower-case name ending with an instance number ({@code -1}, {@code _1}, {@code .1}) before {@code |}, any
 * lower-case name after a clock time, or kubectl's {@code [pod/NAME/CONTAINER]}. A log format's own {@code ERROR | msg}
 * (upper case, no instance number, no clock time) and a table's rows keep their text. The line count stays the
 * same, so every signal keeps its position. (Python's exception group tree is {@link ExceptionGroups}'.)
 */
final class RunnerPrefix {
    /** compose / Procfile runners: optional clock time, the process name, padding, "| ". */
    private static final Pattern PIPED = Pattern.compile(
            "^(?:(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?) )?([a-z0-9][a-z0-9_.-]{0,62}?)( *)\\| ");
    private static final Pattern KUBECTL = Pattern.compile("^\\[(pod/[a-z0-9][a-z0-9.-]{0,252}/[a-z0-9][a-z0-9_.-]{0,62})\\] ");
    private static final Pattern INSTANCE = Pattern.compile(".*[-_.]\\d{1,3}");

    private RunnerPrefix() {
    }

    /** The text with each runner prefix taken away, or the same text when it shows none. */
    static String strip(String text) {
        if (text == null || text.indexOf("| ") < 0 && text.indexOf("[pod/") < 0) return text;   // cheap gate: most outputs
        String[] lines = text.split("\n", -1);
        String[] names = new String[lines.length];
        int[] ends = new int[lines.length];
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isEmpty() || l.length() > 4096) continue;
            char c = l.charAt(0);
            if (c == '[') {
                Matcher m = KUBECTL.matcher(l);
                if (m.find()) {
                    names[i] = m.group(1);
                    ends[i] = m.end();
                }
            } else if ((c >= 'a' && c <= 'z' || c >= '0' && c <= '9') && l.indexOf("| ") > 0 && l.indexOf("| ") < 96) {
                Matcher m = PIPED.matcher(l);
                if (m.find() && (m.group(1) != null || INSTANCE.matcher(m.group(2)).matches())) {
                    names[i] = m.group(2);
                    ends[i] = m.end();
                }
            }
            if (names[i] != null) count.merge(names[i], 1, Integer::sum);
        }
        if (count.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            if (names[i] != null && count.get(names[i]) >= 2) {
                out.append(lines[i], ends[i], lines[i].length());
                changed = true;
            } else {
                out.append(lines[i]);
            }
        }
        return changed ? out.toString() : text;
    }
}
