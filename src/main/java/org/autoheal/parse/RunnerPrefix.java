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
 *
 * <p>pm2's {@code 0|api  | } is a runner prefix of the same kind. A log collector's prefix is another: syslog and
 * journald ({@code Dec 07 10:00:01 web01 api[311]: }, {@code 2026-12-07T10:00:01+0000 web01 api[311]: }), a bare
 * timestamp (a CI runner's, {@code docker logs -t}, {@code kubectl logs --timestamps}, moreutils ts, an epoch), containerd's
 * {@code 2026-12-07T10:00:01.123456789Z stderr F }, daemontools' tai64n {@code @4000...}, runit's {@code 2026-12-07_10:00:01.12345},
 * Heroku's {@code 2026-12-07T10:00:01.123456+00:00 app[web.1]: }, and one after a runner's prefix ({@code compose logs -t}). A logger writes a timestamp
 * first on its own lines too, so a collector's prefix is taken away only where what it carries was printed across lines:
 * two or more lines carry the same prefix and one of them carries an indented line (a stack's frame, a traceback's
 * {@code   File}, a caret).
 */
final class RunnerPrefix {
    /** compose / Procfile runners: optional clock time, the process name, padding, "| ". */
    private static final Pattern PIPED = Pattern.compile(
            "^(?:(\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?) )?([a-z0-9][a-z0-9_.-]{0,62}?)( *)\\| ");
    private static final Pattern KUBECTL = Pattern.compile("^\\[(pod/[a-z0-9][a-z0-9.-]{0,252}/[a-z0-9][a-z0-9_.-]{0,62})\\] ");
    private static final Pattern INSTANCE = Pattern.compile(".*[-_.]\\d{1,3}");
    /** pm2 logs: the app's id and name, padding, "| ". */
    private static final Pattern PM2 = Pattern.compile("^(\\d{1,4}\\|[A-Za-z0-9_.@-]{1,64}) *\\| ");
    /** A clock: syslog's {@code Dec 07 10:00:01}, or a date and a time (ISO's T, a space, svlogd's _), bracketed or not. */
    private static final String CLOCK = "\\[?(?:[A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?"
            + "|\\d{4}-\\d\\d-\\d\\d[T _]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d{1,9})?(?: ?Z| ?[+-]\\d\\d:?\\d\\d| UTC)?)\\]?";
    /** syslog / journald: the clock, the host, the program and its pid, ": "; Heroku's: the clock, the app and its dyno. */
    private static final Pattern SYSLOG = Pattern.compile("^" + CLOCK + " (?:([A-Za-z0-9][A-Za-z0-9_.-]{0,63} [A-Za-z0-9_./@-]{1,64})"
            + "(?:\\[[A-Za-z0-9_.-]{1,40}\\])?|([A-Za-z0-9_./@-]{1,64})\\[[A-Za-z0-9_.-]{1,40}\\]): ");
    /** A collector's bare timestamp, containerd's stream and tag after it, or tai64n. */
    private static final Pattern STAMP = Pattern.compile("^(?:" + CLOCK + "|@[0-9a-f]{24}|\\d{10}(?:\\.\\d{1,9})?)(?: (?:stdout|stderr) [FP])? ");

    private RunnerPrefix() {
    }

    /** The text with each runner prefix taken away, or the same text when it shows none. */
    static String strip(String text) {
        if (text == null) return null;
        String collected = stripCollector(text);
        if (collected != null) return collected;
        if (text.indexOf("| ") < 0 && text.indexOf("[pod/") < 0) return text;   // cheap gate: most outputs
        String run = stripRunner(text);
        // a runner's prefix, then the timestamp it was asked for (compose logs -t, kubectl logs --prefix --timestamps)
        collected = run == text ? null : stripCollector(run);
        return collected != null ? collected : run;
    }

    private static String stripRunner(String text) {
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
                } else if (c <= '9' && (m = PM2.matcher(l)).find()) {
                    names[i] = m.group(1);
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

    /**
     * The text without a log collector's prefix, or null when no prefix qualifies. Only outputs whose first line
     * (or the one after it, the first may be cut) starts like a clock, a date, an epoch or tai64n are read further.
     */
    private static String stripCollector(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0 || !clockLike(text, 0) && !clockLike(text, nl + 1)) return null;
        String[] lines = text.split("\n", -1);
        String[] keys = new String[lines.length];
        int[] ends = new int[lines.length];
        Map<String, Integer> count = new HashMap<>();
        Map<String, Boolean> indented = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.length() < 11 || l.length() > 4096 || !clockLike(l, 0)) continue;
            Matcher m = SYSLOG.matcher(l);
            if (m.find()) {
                keys[i] = "syslog " + (m.group(1) != null ? m.group(1) : m.group(2));
                ends[i] = m.end();
                count.merge(keys[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (keys[i] != null && count.get(keys[i]) < 2) keys[i] = null;   // "Dec 07 10:00:01 Error cause: x" under ts's clock
            if (keys[i] == null && l.length() >= 11 && l.length() <= 4096 && clockLike(l, 0)) {
                Matcher m = STAMP.matcher(l);
                if (!m.find()) continue;
                keys[i] = "stamp";
                ends[i] = m.end();
                count.merge(keys[i], 1, Integer::sum);
            }
            if (keys[i] != null && ends[i] < l.length() && (l.charAt(ends[i]) == ' ' || l.charAt(ends[i]) == '\t')
                    && !l.substring(ends[i]).isBlank()) indented.put(keys[i], true);
        }
        boolean any = false;
        for (Map.Entry<String, Integer> e : count.entrySet()) any |= e.getValue() >= 2 && indented.containsKey(e.getKey());
        if (!any) return null;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            boolean strip = keys[i] != null && count.get(keys[i]) >= 2 && indented.containsKey(keys[i]);
            out.append(lines[i], strip ? ends[i] : 0, lines[i].length());
        }
        return out.toString();
    }

    /** A line that starts like a collector's clock: a digit (a date, an epoch), '@' (tai64n) or a month's capital, bracketed or not. */
    private static boolean clockLike(String s, int at) {
        if (at >= s.length()) return false;
        char c = s.charAt(at);
        if (c == '[' && at + 1 < s.length()) c = s.charAt(++at);   // ts '[%Y-%m-%d %H:%M:%S]'
        return c >= '0' && c <= '9' || c == '@' || c >= 'A' && c <= 'Z' && at + 3 < s.length() && s.charAt(at + 3) == ' ';
    }
}
