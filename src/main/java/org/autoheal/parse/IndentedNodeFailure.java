package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Node error printed with an indent under a test's or a job's title, its {@code at} frames below it: mocha's
 * {@code   1) api health:} then {@code      Error: connect ECONNREFUSED 127.0.0.1:3000}, jest's {@code   ● title} then
 * the message alone ({@code     connect ECONNREFUSED ...}), a hand-written runner or report that indents
 * {@code err.stack}. Unindented, NodeParser reads such a block; indented, no parser did (session 14). The header and
 * its frames without the indent are read as the Node crash they state; the last one wins. An error printed inside an
 * unindented crash ({@code [errors]: [} of an AggregateError, a {@code [cause]}) is that crash's, not one of these; one
 * in an object that a log prettifier prints under a log line (pino-pretty's {@code err: {}) is one of these.
 */
final class IndentedNodeFailure implements LanguageParser {
    private static final NodeParser NODE = new NodeParser();
    /** A system error's message alone (jest prints {@code err.message} without the class): its syscall comes first. */
    private static final Set<String> SYSCALLS = Set.of("connect", "read", "write", "getaddrinfo", "open", "mkdir", "scandir",
            "unlink", "rename", "copyfile", "access", "stat", "lstat", "spawn", "opendir");
    private static final int MAX_FRAMES = 40;

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        ParseResult last = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int indent = Lines.indent(line);
            if (indent < 2 || indent > 16 || line.isBlank()) continue;
            String header = header(line.strip());
            if (header == null || insideCrash(lines, i)) continue;
            int k = i + 1;
            while (k < lines.size() && k <= i + 3 && !frame(lines.get(k))) k++;   // jest: a blank line before the frames
            if (k >= lines.size() || !frame(lines.get(k))) continue;   // a runner may indent the head and not Node's frames
            List<String> block = new ArrayList<>();
            block.add(header);
            int end = k;
            for (; end < lines.size() && end < k + MAX_FRAMES && frame(lines.get(end)); end++) {
                block.add("    " + lines.get(end).strip());
            }
            block.add("");
            block.add("Node.js v0");   // the block states a Node error; the marker lets NodeParser read it as one
            ParseResult r = NODE.parse(Lines.of(String.join("\n", block)), input);
            if (r == null || !"uncaught".equals(r.fact().getOrigin())) continue;
            r.fact().setOrigin("test_runner");
            last = new ParseResult(r.fact(), i, end - 1);
            i = end - 1;
        }
        return last;
    }

    /** {@code Name: message} as it is, a system error's message alone as {@code Error: message}; else null. */
    private static String header(String s) {
        if (s.isEmpty()) return null;
        // the error's own class first ("cause: Error: ..." is a property of a crash's block, "error: '...'" TAP's YAML)
        if (Character.isUpperCase(s.charAt(0)) && NodeError.head(s) != null && s.indexOf(": ") > 0) return s;
        int sp = s.indexOf(' ');
        if (sp > 0 && SYSCALLS.contains(s.substring(0, sp))) {
            for (String w : s.substring(sp + 1).split(" ", 4)) {
                if (Errnos.isCode(w) || w.equals("ENOTFOUND")) return "Error: " + s;
            }
        }
        return null;
    }

    private static boolean frame(String line) {
        String t = line.strip();
        return t.startsWith("at ") && (t.endsWith(")") || t.contains("node:") || t.contains("file://") || t.contains(".js:"));
    }

    /**
     * The line is part of another print: the lines above it, up to an empty one, open a property block ({@code ... {}),
     * an AggregateError's {@code [errors]} or a {@code [cause]}, or reach an unindented error head or the spec reporter's
     * failed test ({@code ✖ title}, NodeTestSpecFailure's). Node indents a cause's blank line ({@code "  "}): not an end.
     */
    private static boolean insideCrash(Lines lines, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 60; k--) {
            String l = lines.get(k);
            if (l.isEmpty()) return false;
            String t = l.strip();
            if (t.startsWith("[errors]") || t.startsWith("[cause]") || t.endsWith("[") || t.endsWith("{") && t.startsWith("at ")) return true;
            // a "key: {" opens an object: a property of a crash above (read on), or of a log record that a prettifier
            // printed under its line (pino-pretty's "    err: {" under "[10:00:01.123] ERROR (api/42): db down")
            if (Lines.indent(l) == 0 && !t.isEmpty()) {
                return NodeError.head(l) != null || l.startsWith("node:") || l.startsWith("\u2716 ") || l.startsWith("not ok ");
            }
        }
        return false;
    }
}
