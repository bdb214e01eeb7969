package org.autoheal.parse;

import java.util.List;
import java.util.Set;

import org.autoheal.facts.ToolchainError;

/**
 * POSIX shell messages: {@code bash: line 1: ./x: Permission denied}, {@code sh: 1: x: not found},
 * {@code ./run.sh: line 3: cd: /nope: No such file or directory}, zsh's {@code zsh: permission denied: ./x}
 * and signal reports ({@code bash: line 1: 21777 Segmentation fault  cmd}, which name no path).
 */
final class ShellParser implements LanguageParser {
    private static final Set<String> SHELLS = Set.of("bash", "sh", "dash", "zsh", "ksh", "ash", "mksh", "busybox", "env");
    private static final List<String> SIGNALS = List.of("Segmentation fault", "Killed", "Aborted", "Terminated",
            "Bus error", "Illegal instruction", "Floating point exception", "Hangup", "Trace/breakpoint trap",
            "Broken pipe", "Alarm clock", "Quit", "User defined signal 1", "User defined signal 2",
            "CPU time limit exceeded", "File size limit exceeded");
    private static final int LONGEST_SHELL = SHELLS.stream().mapToInt(String::length).max().orElse(0);
    private static final int LONGEST_SIGNAL = SIGNALS.stream().mapToInt(String::length).max().orElse(0);
    private static final Set<String> NOT_FOUND = Set.of("command not found", "not found");
    /** bash 5.2 says this instead of the strerror text when execve fails with ENOENT on an existing file. */
    private static final String CANT_CD = "can't cd to ";
    private static final String BASH_ENOENT = "required file not found";

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.stripped(i);
            if (!mayReport(line)) continue;
            ToolchainError e = new ToolchainError();
            e.setLanguage("shell");
            if (standaloneSignal(e, line) || prefixed(e, line, input.command())) {
                e.setOrigin("tool_message");
                String program = NOT_FOUND.contains(e.getType()) ? e.detail("program") : null;
                if (program != null) Caps.detail(e, "npm_script", NpmScriptHeader.running(lines, i, program));
                return new ParseResult(e, i);
            }
        }
        return null;
    }

    /**
     * What {@link #standaloneSignal} and {@link #prefixed} test first: a signal's text, or a shell or script before the
     * first colon. Other lines (nearly all) are skipped before a fact is allocated for them.
     */
    private static boolean mayReport(String line) {
        int colon = line.indexOf(':');
        if (colon > 0) {
            int from = line.lastIndexOf('/', colon - 1) + 1;   // the base name of what is before the colon
            int length = colon - from;
            if (length <= LONGEST_SHELL && SHELLS.contains(line.substring(from, colon))) return true;
            if (length >= 3 && line.startsWith(".sh", colon - 3) || length >= 5 && line.startsWith(".bash", colon - 5)) return true;
        }
        int phrase = line.endsWith(" (core dumped)") ? line.length() - 14 : line.length();
        return phrase <= LONGEST_SIGNAL && SIGNALS.contains(line.substring(0, phrase));
    }

    /** A whole line such as {@code Segmentation fault (core dumped)} printed by an interactive shell. */
    private static boolean standaloneSignal(ToolchainError e, String line) {
        String phrase = line.endsWith(" (core dumped)") ? line.substring(0, line.length() - 14) : line;
        if (!SIGNALS.contains(phrase)) return false;
        signal(e, phrase, line, line.length() != phrase.length());
        return true;
    }

    private static boolean prefixed(ToolchainError e, String line, List<String> argv) {
        int colon = line.indexOf(':');
        if (colon <= 0) return false;
        String prog = line.substring(0, colon);
        String base = prog.substring(prog.lastIndexOf('/') + 1);
        boolean script = !SHELLS.contains(base) && (base.endsWith(".sh") || base.endsWith(".bash")) && Names.isPathChars(prog);
        if (!SHELLS.contains(base) && !script) return false;
        String rest = line.substring(colon + 1);
        String r = rest.startsWith(" ") ? rest.substring(1) : rest;   // zsh prints "zsh:1: ..."
        if (r.startsWith("-c: ")) r = r.substring(4);   // bash -c: "bash: -c: line 2: syntax error: ..."
        String numbered = r.startsWith("line ") ? r.substring(5) : r;
        String digits = Names.digitsAt(numbered, 0);
        Integer scriptLine = null;
        if (!digits.isEmpty() && numbered.startsWith(": ", digits.length())) {
            scriptLine = Names.number(digits);
            r = numbered.substring(digits.length() + 2);
        } else if (!rest.startsWith(" ")) {
            return false;
        }
        rest = r;
        if (script) {
            e.setFile(prog);
            e.setLine(scriptLine);
        }
        Caps.detail(e, "shell", base);
        if (rest.isBlank()) return false;
        e.setMessage(rest);
        if (!script && scriptLine != null && !prog.startsWith("/") && syntaxError(e, rest)) {
            // bash -c "$(cat steps/x.sh)" / sh -c: "bash: -c: line 4: syntax error ...", "sh: 4: Syntax error: ..." is line 4 of
            // the text it ran; a shell named by its path is make's or a program's (/bin/sh: 1:), whose line 1 is a recipe's
            e.setLine(scriptLine);
            return true;
        }
        return signalReport(e, rest) || syntaxError(e, rest) || sourcedSyntaxError(e, rest) || zsh(e, rest)
                || subjectAndPhrase(e, rest, argv);
    }

    /**
     * dash names a sourced file that does not parse after the line number, which is that file's:
     * {@code main.sh: 3: ./lib/common.sh: Syntax error: "fi" unexpected}.
     */
    private static boolean sourcedSyntaxError(ToolchainError e, String rest) {
        int colon = rest.indexOf(": ");
        if (colon <= 0) return false;
        String sourced = rest.substring(0, colon);
        if (!(sourced.endsWith(".sh") || sourced.endsWith(".bash")) || !Names.isPathChars(sourced)) return false;
        String after = rest.substring(colon + 2);
        if (!syntaxError(e, after)) return false;
        e.setFile(sourced.startsWith("./") ? sourced.substring(2) : sourced);   // ". ./lib/x.sh" names lib/x.sh
        e.setMessage(after);
        return true;
    }

    /** bash {@code syntax error near unexpected token}, dash {@code Syntax error: "fi" unexpected}. */
    private static boolean syntaxError(ToolchainError e, String rest) {
        boolean form = rest.startsWith("syntax error") || rest.startsWith("Syntax error")
                || rest.startsWith("unexpected EOF while looking for matching") || rest.startsWith("unexpected end of file");
        if (!form) return false;
        Caps.setType(e, "syntax error");
        return true;
    }

    /** {@code 21777 Segmentation fault      cmd}: a pid, the signal text, the command (not a path). */
    private static boolean signalReport(ToolchainError e, String rest) {
        String r = rest.stripLeading();   // bash pads the pid: "line 2:  1424 Segmentation fault"
        String pid = Names.digitsAt(r, 0);
        if (pid.isEmpty() || !r.startsWith(" ", pid.length())) return false;
        String text = r.substring(pid.length()).stripLeading();
        for (String s : SIGNALS) {
            if (text.startsWith(s)) {
                Caps.detail(e, "pid", pid);
                signal(e, s, rest, text.startsWith(s + " (core dumped)"));
                return true;
            }
        }
        return false;
    }

    private static void signal(ToolchainError e, String phrase, String message, boolean core) {
        Caps.setType(e, phrase);
        e.setMessage(message);
        Caps.detail(e, "signal", phrase);
        if (core) Caps.detail(e, "core_dumped", "true");
    }

    /** zsh puts the phrase first: {@code permission denied: ./x}, {@code command not found: x}. */
    private static boolean zsh(ToolchainError e, String rest) {
        int colon = rest.indexOf(": ");
        if (colon < 0) return false;
        String phrase = rest.substring(0, colon);
        String subject = Names.trimToken(rest.substring(colon + 2).strip());
        Integer errno = Errnos.ofText(phrase);
        if (errno == null && !NOT_FOUND.contains(phrase)) return false;
        Caps.setType(e, phrase);
        Caps.detail(e, "program", subject);
        if (errno != null) {
            errno(e, errno);
            if (Names.isPrintedPath(subject)) e.setPath(subject);
        }
        return true;
    }

    /** {@code subject[: more]: phrase}; the path is the last segment before the phrase without spaces. */
    private static boolean subjectAndPhrase(ToolchainError e, String rest, List<String> argv) {
        String[] seg = rest.split(": ", 8);
        if (seg.length < 2) return false;
        if (seg.length == 2 && seg[1].startsWith(CANT_CD)) {
            // dash: "cd: can't cd to DIR" (states no reason; the folder is missing, or not one, or denied)
            Caps.setType(e, "can't cd");
            Caps.detail(e, "program", "cd");
            String dir = seg[1].substring(CANT_CD.length()).strip();
            if (Names.isPrintedPath(dir)) e.setPath(dir);
            return true;
        }
        String phrase = seg[seg.length - 1].strip();
        Integer errno = phrase.equals(BASH_ENOENT) ? Integer.valueOf(2) : Errnos.ofText(phrase);
        if (errno == null && !NOT_FOUND.contains(phrase)) return false;
        Caps.setType(e, phrase);
        // "exec: x: not found": the program is the subject right before the phrase
        String program = Names.trimToken(errno == null ? seg[seg.length - 2] : seg[0]);
        Caps.detail(e, "program", program);
        if (errno == null) {
            // dash: "./x.sh: not found" names a path that does not exist
            if (seg.length == 2 && phrase.equals("not found") && program.indexOf('/') >= 0 && Names.isPrintedPath(program)) e.setPath(program);
            return true;
        }
        errno(e, errno);
        for (int i = seg.length - 2; i >= 0 && e.getPath() == null; i--) e.setPath(ToolMessage.pathIn(seg[i]));
        if (errno == 2 && ToolMessage.creates(rest)) e.setMode("write");
        if (seg.length >= 3 && seg[seg.length - 2].equals("bad interpreter")) Caps.detail(e, "interpreter", e.getPath());
        boolean runsProgram = seg.length == 2 && (argv == null || argv.stream().anyMatch(a -> samePath(a, program)));
        if (runsProgram || rest.contains(": bad interpreter: ") || rest.contains(": cannot execute")) e.setSyscall("exec");
        return true;
    }

    private static boolean samePath(String a, String b) {
        String x = a.startsWith("./") ? a.substring(2) : a;
        String y = b.startsWith("./") ? b.substring(2) : b;
        return x.equals(y);
    }

    private static void errno(ToolchainError e, int errno) {
        e.setErrno(errno);
        e.setCode(Errnos.name(errno));
    }
}
