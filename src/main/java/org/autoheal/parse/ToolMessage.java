package org.autoheal.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.autoheal.facts.ToolchainError;

/**
 * The {@code prog: [error: ]subject: message} form of command-line tools ({@code cp: cannot stat 'x': No such
 * file or directory}, {@code tar (child): x: Cannot open: ...}, {@code make: *** x: No such file or directory.
 * Stop.}, {@code git}'s {@code fatal: ...}, {@code psql: error: connection to server ... failed: ...}). It states
 * the program, the phrase, the errno a strerror phrase names, the path the message names and whether the failed
 * operation was a connect; which cause that is, is for the rules. A line without a strerror phrase becomes a
 * signal only when it uses words of failure, so that ordinary {@code prog: progress} lines cost nothing.
 */
final class ToolMessage {
    /** Prefixes that are a severity, not a program ({@code git}'s {@code fatal:}, {@code error:}). */
    private static final List<String> SEVERITIES = List.of("fatal", "error");
    /** Calls whose single operand is a path, as Go's PathError and tools print them: {@code open x}, {@code chdir x}. */
    private static final Set<String> SYSCALL_WORDS = Set.of("open", "stat", "lstat", "chdir", "mkdir", "remove", "unlink",
            "rmdir", "readlink", "chmod", "chown", "symlink", "truncate", "opendir", "readdir");
    /** Words of failure: a {@code prog: message} line without a strerror phrase is a signal only with one of them. */
    private static final List<String> FAILURE_WORDS = List.of("annot ", "can't ", "an't ", "nable to", "ailed to",
            "not found", "onnection", "onnect to", "resolve", "timed out", "timeout expired", "unreachable", "denied",
            "No such", "closed", "refused", "not known", "name resolution", "does not exist");

    private ToolMessage() {
    }

    static ToolchainError of(String line) {
        ToolchainError made = make(line);
        if (made != null) return made;
        int colon = line.indexOf(": ");
        if (colon <= 0 || colon > 60) return null;
        ToolchainError call = pathError(line);
        if (call != null) return call;
        String prog = line.substring(0, colon);
        if (prog.endsWith(" (child)")) prog = prog.substring(0, prog.length() - 8);   // tar (child): ...
        String[] at = prog.indexOf(':') > 0 ? NodeParser.splitLocation(prog) : null;   // Makefile:1: config.mk: No such file
        if (at != null && (at[1] == null || !Names.isPathChars(at[0]))) return null;
        if (at != null) prog = at[0];
        if (!Names.isPathChars(prog) || prog.indexOf(' ') >= 0 || at == null && Character.isUpperCase(prog.charAt(0))) {
            return null;
        }
        // "websockets.exceptions.InvalidStatus: ..." names an exception class (a.b.Class), not a program
        if (at == null && qualifiedClassName(prog)) return null;
        String rest = line.substring(colon + 2);
        boolean severityFirst = SEVERITIES.contains(prog);
        for (String s : SEVERITIES) {
            if (rest.startsWith(s + ": ")) rest = rest.substring(s.length() + 2);
        }
        if (rest.startsWith("*** ")) rest = rest.substring(4);   // make: *** x: No such file or directory.  Stop.
        if (rest.endsWith(".  Stop.")) rest = rest.substring(0, rest.length() - 8);
        rest = rest.strip();
        if (rest.isEmpty()) return null;
        String[] seg = rest.split(": ", 8);
        String phrase = Names.trimToken(seg[seg.length - 1].strip());
        Integer errno = Errnos.ofText(phrase);
        int paren = phrase.lastIndexOf(" (");
        if (errno == null && paren > 0 && seg[seg.length - 1].strip().endsWith(")")) {
            // awk: "cannot open x (No such file or directory)", file: "x: cannot open `x' (No such file or directory)"
            errno = Errnos.ofText(phrase.substring(paren + 2));
            if (errno != null) {
                seg[seg.length - 1] = phrase.substring(0, paren);
                seg = java.util.Arrays.copyOf(seg, seg.length + 1);
                phrase = phrase.substring(paren + 2);
            }
        }
        // without a strerror phrase: only a program's (not a file:line's) words of failure, and not a line that
        // names an exception or an [Errno N] (read as such by the caller)
        if (errno == null && (at != null || FAILURE_WORDS.stream().noneMatch(rest::contains) || rest.contains("[Errno ")
                || rest.contains("cannot import name '")   // Python's ImportError wording, read by the caller as such
                || LineSignals.typedAt(rest) >= 0)) return null;
        ToolchainError e = new ToolchainError();
        // "fatal: ..." / "error: ..." names no program: the line is kept whole and its language unknown
        if (!severityFirst) e.setLanguage("shell");
        e.setOrigin("tool_message");
        e.setMessage(severityFirst ? line.strip() : rest);
        if (at != null) {
            e.setFile(at[0]);
            e.setLine(Names.number(at[1]));
        } else if (!severityFirst) {
            Caps.detail(e, "program", prog.substring(prog.lastIndexOf('/') + 1));
        }
        if (errno != null) {
            Caps.setType(e, phrase);
            e.setErrno(errno);
            e.setCode(Errnos.name(errno));
            for (int i = seg.length - 2; i >= 0 && e.getPath() == null; i--) e.setPath(pathIn(seg[i]));
            if (seg.length == 1 && at == null && !severityFirst && (prog.indexOf('/') >= 0 || Names.looksLikeFile(prog))) {
                // perror(path): "nodir/out: No such file or directory" (wget -O) names the file, not a program
                e.setPath(prog);
                e.getDetails().remove("program");
            }
        }
        if (errno == null) {
            // git: "repository 'x' does not exist": the quoted subject, for the rules that know the wording
            String q = lastQuoted(rest.replace('\u2018', '\'').replace('\u2019', '\''), '\'');
            if (q != null && Names.isPathChars(q)) Caps.detail(e, "subject", q);
        }
        if (connects(rest)) e.setSyscall("connect");
        if (errno != null && errno == 2 && creates(rest)) e.setMode("write");
        return e;
    }

    /**
     * Go's PathError at the end of a wrapped message ({@code load config: open config.yaml: no such file or directory},
     * logrus's {@code msg} field): the call's path and errno, as {@link #pathError} reads it alone; null when none.
     */
    static ToolchainError pathErrorAtEnd(String text) {
        int colon = text.lastIndexOf(": ");
        if (colon <= 0 || text.length() > 2000) return null;
        int before = text.lastIndexOf(": ", colon - 1);
        return pathError(text.substring(before < 0 ? 0 : before + 2));
    }

    /** Go's PathError printed alone ({@code open images/app.tar: no such file or directory}, docker load): no program. */
    private static ToolchainError pathError(String line) {
        String[] seg = line.strip().split(": ", 3);
        if (seg.length != 2) return null;
        Integer errno = Errnos.ofText(seg[1]);
        String[] words = seg[0].split(" ");
        if (errno == null || words.length != 2 || !SYSCALL_WORDS.contains(words[0])) return null;
        ToolchainError e = new ToolchainError();
        e.setOrigin("tool_message");
        e.setMessage(line.strip());
        Caps.setType(e, seg[1]);
        e.setErrno(errno);
        e.setCode(Errnos.name(errno));
        e.setPath(pathIn(seg[0]));
        return e;
    }

    /** {@code pkg.module.ClassName}: dotted identifiers whose last one starts with a capital letter. */
    static boolean qualifiedClassName(String word) {
        int dot = word.lastIndexOf('.');
        if (dot <= 0 || dot == word.length() - 1 || !Character.isUpperCase(word.charAt(dot + 1))) return false;
        for (String part : word.split("\\.", -1)) {
            if (!Names.isIdentifier(part)) return false;
        }
        return true;
    }

    /**
     * make's own errors: {@code make: *** No rule to make target 'x', needed by 'y'.  Stop.} (type
     * {@code no rule to make target}, path x, detail needed_by) and {@code Makefile:4: *** missing separator.  Stop.}
     * (type {@code makefile error}, file and line of the makefile); {@code make: *** No targets specified and no makefile
     * found.  Stop.} (type {@code no makefile}).
     */
    static ToolchainError make(String line) {
        int stars = line.indexOf(": *** ");
        if (stars <= 0) return null;
        String head = line.substring(0, stars);
        String msg = line.substring(stars + 6);
        if (msg.endsWith(".  Stop.")) msg = msg.substring(0, msg.length() - 8);
        ToolchainError e = new ToolchainError();
        e.setLanguage("make");
        e.setOrigin("tool_message");
        e.setMessage(msg);
        if ((head.equals("make") || head.startsWith("make[")) && msg.startsWith("No rule to make target ")) {
            Caps.setType(e, "no rule to make target");
            String s = msg.replace('\u2018', '\'').replace('\u2019', '\'').replace('`', '\'');
            String target = Names.quotedAt(s, 0, '\'');
            if (target != null && Names.isPrintedPath(target)) e.setPath(target);
            int needed = s.indexOf("needed by ");
            String by = needed < 0 ? null : Names.quotedAt(s, needed, '\'');
            if (by != null) Caps.detail(e, "needed_by", by);
            return e;
        }
        if ((head.equals("make") || head.startsWith("make[")) && msg.startsWith("No targets specified and no makefile found")) {
            Caps.setType(e, "no makefile");
            return e;
        }
        String[] loc = NodeParser.splitLocation(head);
        if (loc == null || loc[1] == null || !Names.isPathChars(loc[0])) return null;
        Caps.setType(e, "makefile error");
        e.setFile(loc[0]);
        e.setLine(Names.number(loc[1]));
        return e;
    }

    /** The file a segment names: its last quoted text, else the segment when it is one token, else its last path-like word. */
    /**
     * {@code op path: strerror} after "Error: ", as Go programs print it (kubectl, terraform, docker: {@code Error: open
     * config/app.yml: no such file or directory}); Node's own errors put the code first and quote the path.
     */
    static void strerrorTail(ToolchainError e, String message) {
        int colon = message == null ? -1 : message.lastIndexOf(": ");
        if (colon <= 0) return;
        Integer errno = Errnos.ofText(message.substring(colon + 2));
        if (errno == null) return;
        e.setErrno(errno);
        e.setCode(Errnos.name(errno));
        if (e.getPath() == null) e.setPath(pathIn(message.substring(message.lastIndexOf(": ", colon - 1) + 1, colon)));
    }

    static String pathIn(String segment) {
        String s = segment.strip().replace('\u2018', '\'').replace('\u2019', '\'').replace('`', '\'');
        String quoted = lastQuoted(s, '\'');
        String dq = lastQuoted(s, '"');
        if (dq != null && (quoted == null || s.lastIndexOf('"') > s.lastIndexOf('\''))) quoted = dq;
        if (quoted != null) return Names.isPrintedPath(quoted) && quoted.indexOf(' ') < 0 ? quoted : null;
        if (s.indexOf(' ') < 0) {
            String t = Names.trimToken(s);
            return Names.isPrintedPath(t) && !SEVERITIES.contains(t) ? t : null;
        }
        String[] words = s.split(" ");
        if (words.length == 2 && SYSCALL_WORDS.contains(words[0])) {
            // Go's PathError and strace-like "chdir infra", "mkdir build": the operand of the call is the path
            String w = Names.trimToken(words[1]);
            if (Names.isPrintedPath(w)) return w;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean verb = lower.startsWith("can't ") || lower.startsWith("cannot ") || lower.startsWith("unable to ")
                || lower.startsWith("failed to ") || lower.startsWith("could not ");
        if (verb && words.length >= 3 && words.length <= 6) {
            // "can't read x", "cannot open x", "Can't open input file x": the object is the last word
            String w = Names.trimToken(words[words.length - 1]);
            if (Names.isPathChars(w) && !w.isEmpty()) return w;
        }
        for (int i = words.length - 1; i >= 0; i--) {
            String w = Names.trimToken(words[i]);
            if ((w.indexOf('/') >= 0 || Names.looksLikeFile(w)) && Names.isPathChars(w)) return w;
        }
        return null;
    }

    /** The text between the last pair of {@code quote} characters that does not start inside a word (not "can't"). */
    private static String lastQuoted(String s, char quote) {
        int b = s.lastIndexOf(quote);
        while (b > 0) {
            int a = s.lastIndexOf(quote, b - 1);
            if (a < 0) return null;
            if (a == 0 || !Character.isLetter(s.charAt(a - 1))) return b > a + 1 ? s.substring(a + 1, b) : null;
            b = a;
        }
        return null;
    }

    /** The failed operation wrote: mkdir, touch, cp/mv to a target, a shell redirect ({@code cannot create x: Directory nonexistent}),
     *  ln's link ({@code failed to create symbolic link 'bin/x/tool'}: a link needs no target, only its folder) and mv's
     *  {@code cannot move 'a' to 'dist/a'} (a missing source is {@code cannot stat 'a'}: ENOENT here is the target's folder). */
    static boolean creates(String rest) {
        String r = rest.toLowerCase(Locale.ROOT);
        return r.startsWith("cannot create") || r.startsWith("can't create") || r.startsWith("cannot touch")
                || r.startsWith("cannot make directory") || r.contains("cannot mkdir")
                || r.startsWith("failed to create symbolic link") || r.startsWith("failed to create hard link")
                || r.startsWith("cannot move ") && r.contains(" to ");
    }

    /** The failed operation was a connection ({@code connect to host}, {@code connection to server ... failed}). */
    private static boolean connects(String rest) {
        String r = rest.toLowerCase(Locale.ROOT);
        return r.startsWith("connect") || r.contains("connect to ") || r.contains("connection to ") || r.contains("could not connect");
    }
}
