package org.autoheal.parse;

import java.util.List;
import java.util.Set;

import org.autoheal.facts.ToolchainError;

/**
 * Error signals that fit on one line, outside the blocks the language parsers read: log and JSON
 * log lines, pytest {@code E} lines and summaries, wrappers that report a child's failure
 * ({@code make: ***}, {@code npm ERR!}, {@code Command failed}), shell and tool messages
 * ({@code prog: path: strerror}, {@code curl: (7) ...}) and bare {@code Type: message} lines.
 * It states the origin and what the text says; which signal is the cause is for the rules.
 */
final class LineSignals {
    private static final Set<String> JS_ERRORS = Set.of("Error", "TypeError", "RangeError", "ReferenceError",
            "SyntaxError", "SystemError", "AbortError", "URIError", "EvalError", "AggregateError");
    // literal sets are looked for in one pass per line (Literals): a result of 0 means none occurs
    private static final Literals NODE_MARKERS = new Literals("Cannot find module", "Cannot find package", " in JSON at position",
            "is not valid JSON", "Unexpected end of JSON input", "does not provide an export named", "Cannot use import statement",
            "[ERR_", "Unexpected token", "Named export ", "The requested module ");
    // Node's module resolver, quoted by a program that logs err.message alone ("cannot start: Cannot find module 'x'" over
    // its Require stack, "report failed: Package subpath './x' is not defined by \"exports\" in ..."): no code, no class
    private static final Literals NODE_RESOLVER = new Literals("Cannot find module '", "Cannot find package '",
            "is not defined by \"exports\"", "Package import specifier \"", "does not provide an export named '");
    private static final Literals RETRY_WORDS = new Literals("retrying", "Retrying", "will retry", "retry in", "Retry in",
            "trying again", "reconnecting", "Reconnecting", "attempt ", "Attempt ");

    private LineSignals() {
    }

    /** The signal on this line (position {@code i}), or null when the line states no error. */
    static ToolchainError of(String raw, ErrorInput input) {
        String line = raw.strip();
        if (line.length() < 4) return null;
        if (tapTitle(line)) return null;
        ToolchainError e = tapError(line, input);
        if (e == null && line.startsWith("::")) e = annotation(line, input);
        if (e == null) e = wrapper(line, input);
        if (e == null) e = testRunner(line, input);
        if (e == null) e = logged(line, input);
        if (e == null) e = ToolReports.compiler(line);
        // perl's "Can't locate X.pm in @INC" after the program's words of a die ("db support unavailable: Can't locate ...")
        if (e == null && raw.charAt(0) != ' ' && raw.charAt(0) != '\t') e = quotedPerlLocate(line);
        // perl's "syntax error at FILE line N, near ..." after a die's own words ("plugin failed: syntax error at (eval 1) line 3")
        if (e == null && raw.charAt(0) != ' ' && raw.charAt(0) != '\t') e = quotedPerlSyntax(line);
        if (e == null) e = ToolReports.perlNotExported(line, input);
        if (e == null) e = ToolReports.toolReport(line);
        if (e == null) e = pythonSyntaxReport(line);
        if (e == null) e = tool(line, input);
        // "error: '[' was never closed (settings.py, line 2)": a SyntaxError's str() that a tool's form took for its message
        if (e != null && e.getType() == null && line.contains(".py, line ")) PythonMessages.quotedSyntaxError(e, line);
        if (e == null && raw.charAt(0) != ' ' && raw.charAt(0) != '\t' && typedAt(line) == 0) e = text(line, "bare", input);
        if (e == null && line.contains("[Errno ")) e = text(line, "bare", input);
        if (e == null && raw.charAt(0) != ' ' && raw.charAt(0) != '\t') e = worded(line, input);
        if (e == null && raw.charAt(0) != ' ' && raw.charAt(0) != '\t') e = CloseCodes.stated(line, null);
        else if (e != null && "tool_message".equals(e.getOrigin()) && e.getType() == null) CloseCodes.stated(line, e);
        if (e != null && RETRY_WORDS.in(line.replace("attempt to ", "").replace("Attempt to ", "")) != 0) Caps.detail(e, "retry", "true");
        if (e != null && e.getPath() == null && line.contains("Cannot run program ")) {
            // ProcessBuilder's message quoted in a program's line, or in a JSON log line's message (read unescaped)
            JavaMessages.cannotRunQuoted(e, e.getMessage() != null && e.getMessage().contains("Cannot run program \"") ? e.getMessage() : line);
        }
        return e;
    }

    /**
     * The process and file syscall word that starts a Node system error's message ({@code spawn ./hooks/x.sh EACCES}):
     * a program that logs {@code err.message} alone prints it without {@code Error:}. Socket messages ({@code connect
     * ECONNREFUSED h:p}) that are a whole line are read the same way (a child that printed {@code err.message} before its
     * parent's wrapper); after other words they stay text for connection.drl's "A Node socket error quoted in a log line".
     */
    private static final Set<String> NODE_SYSCALLS = Set.of("spawn", "spawnSync", "open", "mkdir", "scandir", "unlink",
            "rename", "copyfile", "access", "stat", "lstat", "chmod", "rmdir", "opendir", "readlink", "symlink", "watch", "uv_cwd");
    private static final Set<String> NODE_SOCKET_CALLS = Set.of("connect", "read", "write", "getaddrinfo");

    private static final Literals ERROR_WORDS = new Literals("rror", "ailed", "annot ", "nable to", "denied", "refused",
            "not found", " in JSON at position", "No such file",
            "Expecting ", "JSON", "Unexpected server response",   // ws's rejected upgrade, logged in a program's words
            ".py, line ");   // a SyntaxError's str() quoted by the program that caught it: "unexpected indent (jobs.py, line 3)"

    /**
     * A program's own words about an error: a Node errno code after a prefix ({@code hook failed: spawn ./x EACCES}),
     * else any unindented line with error words, read for what it states (strerror texts, errno codes, JSON wording).
     */
    private static ToolchainError worded(String line, ErrorInput input) {
        ToolchainError spawned = spawnMessage(line, input);
        if (spawned != null) return spawned;
        ToolchainError v8 = v8SyntaxMessage(line, input);
        if (v8 != null) return v8;
        // every errno code, ENOTFOUND and EAI_* start with 'E': a line with no word that does has none
        String[] words = line.startsWith("E") || line.contains(" E") || line.contains(" (E") ? line.split(" ", 24) : new String[0];
        for (int k = 0; k < words.length; k++) {
            String w = words[k].endsWith(":") ? words[k].substring(0, words[k].length() - 1) : words[k];
            boolean inParens = w.startsWith("(") && w.length() > 2;   // "sync failed: fetch failed (ECONNREFUSED 127.0.0.1:5432)"
            if (inParens) w = w.substring(1, w.endsWith(")") ? w.length() - 1 : w.length());
            if (!(Errnos.isCode(w) || w.equals("ENOTFOUND") || w.startsWith("EAI_") && Names.isIdentifier(w))) continue;
            int wordAt = line.indexOf(words[k] + (k + 1 < words.length ? " " : ""));
            int colon = line.lastIndexOf(": ", Math.max(0, wordAt));
            String sub = colon >= 0 && colon < wordAt ? line.substring(colon + 2) : line;
            if (k == 0 || colon >= 0 || k <= 2 && NODE_SYSCALLS.contains(words[0]) || k == 1 && NODE_SOCKET_CALLS.contains(words[0])) {
                ToolchainError e = text("Error: " + sub, "bare", input);
                if (inParens && e.getCode() == null) {   // the code a program put in parentheses after its own words
                    e.setCode(w);
                    e.setErrno(Errnos.number(w));
                }
                e.setMessage(line);
                fileLinePrefix(e, line);
                return e;
            }
        }
        boolean resolver = NODE_RESOLVER.in(line) != 0;
        if (ERROR_WORDS.in(line) == 0 && !resolver) return null;
        ToolchainError e = text(line, "bare", input);
        fileLinePrefix(e, line);
        int phrase = Errnos.indexOfText(line) - 2;
        if (e.getPath() == null && phrase > 0 && line.startsWith(": ", phrase)) {
            if (e.getErrno() == null) {
                e.setErrno(Errnos.firstText(line));
                e.setCode(Errnos.name(e.getErrno()));
            }
            // perl's die "can't write $f: $!", C's perror: the path is the last word before the strerror
            e.setPath(ToolMessage.pathIn(line.substring(Math.max(0, line.lastIndexOf(": ", phrase - 1) + 1), phrase)));
        }
        return resolver || informative(e, line) ? e : null;
    }

    // how V8 words a SyntaxError of JavaScript source (not JSON.parse's, which names JSON)
    private static final String[] V8_SYNTAX = {"Unexpected token", "Unexpected identifier", "Unexpected end of input",
        "missing ) after argument list", "Invalid or unexpected token", "Unexpected string", "Unexpected number",
        "Unterminated template literal", "Unexpected strict mode reserved word", "Unexpected reserved word",
        "Invalid destructuring assignment target", "Unexpected template string", "Invalid left-hand side in assignment"};

    /**
     * A node program that caught a SyntaxError of code it compiled or imported (vm.Script, new Function, import(), require
     * in a try) and printed {@code err.message} after its own words: {@code failed to load ./plugins/b.mjs: Unexpected token ';'}.
     * Read as a Node SyntaxError, with the script the same line names; only in a run of node, and never a JSON parse.
     */
    private static ToolchainError v8SyntaxMessage(String line, ErrorInput input) {
        int colon = line.lastIndexOf(": ");
        if (colon <= 0 || line.indexOf("nexpected") < 0 && line.indexOf("missing )") < 0 && line.indexOf("Unterminated") < 0
                && line.indexOf("Invalid") < 0 || line.contains("JSON")) return null;
        List<String> argv = input.command();
        String tool = input.tool() == null ? "" : input.tool();
        if (!(tool.startsWith("node") || argv != null && !argv.isEmpty() && argv.get(0).endsWith("node"))) return null;
        String msg = line.substring(colon + 2);
        // JSON.parse's message quotes the text it read ("Unexpected token ']', ..."["a",]" is not valid JSON", over lines)
        if (msg.indexOf('"') >= 0) return null;
        boolean worded = false;
        for (int i = 0; i < V8_SYNTAX.length && !worded; i++) worded = msg.startsWith(V8_SYNTAX[i]);
        if (!worded) return null;
        ToolchainError e = new ToolchainError();
        e.setLanguage("node");
        Caps.setType(e, "SyntaxError");
        Caps.type(e, "SyntaxError");
        e.setMessage(msg);
        e.setOrigin("bare");
        for (String w : line.substring(0, colon).split("[\\s'\"`:,()\\[\\]]+")) {
            if ((w.endsWith(".js") || w.endsWith(".mjs") || w.endsWith(".cjs")) && Names.looksLikeFile(w)) e.setFile(w.startsWith("./") ? w.substring(2) : w);
        }
        return e;
    }

    // Node's process error message ("spawn ./bin/x ENOENT", "spawnSync tools/vips EACCES") inside a program's own words
    private static final java.util.regex.Pattern SPAWN_MESSAGE =
            java.util.regex.Pattern.compile("(?<![\\w/.-])spawn(?:Sync)? ((?:\\.{0,2}/)?[\\w.@+~/-]{1,200}) (E[A-Z]{2,15})\\b");

    /**
     * A Node spawn error's message that a program printed after its own words, the code before it or in parentheses
     * ({@code render: ENOENT - spawn ./bin/x ENOENT}, {@code hook EACCES spawn ./hooks/y.sh EACCES},
     * {@code thumbnailer failed (ENOENT): spawnSync tools/vips ENOENT}): read as that message, which names the program.
     */
    private static ToolchainError spawnMessage(String line, ErrorInput input) {
        if (!line.contains("spawn")) return null;
        java.util.regex.Matcher m = SPAWN_MESSAGE.matcher(line);
        if (!m.find() || m.start() == 0 || !Errnos.isCode(m.group(2))) return null;
        ToolchainError e = text("Error: " + m.group(), "bare", input);
        e.setMessage(line);
        return e;
    }

    /**
     * Words alone ("build failed") say nothing a rule could use: such a line becomes a signal only when it
     * states a type, an errno or code, a module, a URL or HTTP status, a JSON decoder's position or wording.
     * Every signal costs a pass through all rules, so noise is left out here.
     */
    private static boolean informative(ToolchainError e, String line) {
        return e.getType() != null || e.getErrno() != null || e.getCode() != null || e.getModule() != null
                || line.contains("Expecting ") || line.contains("JSON") || line.contains("://") || line.contains("server response")
                || line.startsWith("parse error: ") && line.contains(", column ");   // jq's decoder, printed without its name
    }

    /** {@code logs/requests.jsonl:3: message}: the program names the file and line it was reading. */
    private static void fileLinePrefix(ToolchainError e, String line) {
        int colon = line.indexOf(": ");
        if (colon <= 0 || e.getFile() != null) return;
        String[] loc = NodeParser.splitLocation(line.substring(0, colon));
        if (loc == null || !Names.looksLikeFile(loc[0])) return;
        e.setFile(loc[0]);
        e.setLine(Names.number(loc[1]));
    }

    /** A parent reporting that a child failed: the child's own message is printed before it. */
    private static ToolchainError wrapper(String line, ErrorInput input) {
        String type = null;
        if ((line.startsWith("make: *** ") || line.startsWith("make[") && line.contains("]: *** ")) && line.contains("Error ")) type = "make";
        else if (line.startsWith("npm ERR! ") || line.startsWith("npm error ")) type = "npm";
        else if (line.startsWith("Error: Command failed: ") || line.startsWith("error Command failed with exit code")) type = "command_failed";
        if (type == null) return null;
        if (type.equals("npm")) {
            ToolchainError own = npmOwnFileError(line, input);
            if (own != null) return own;
        }
        String npmCode = type.equals("npm") && (line.startsWith("npm ERR! code ") || line.startsWith("npm error code "))
                ? line.substring(line.indexOf(" code ") + 6).strip() : null;
        ToolchainError e = new ToolchainError();
        e.setOrigin("wrapper");
        Caps.setType(e, type);
        e.setMessage(line);
        if (npmCode != null && Names.isIdentifier(npmCode)) e.setCode(npmCode);
        return e;
    }

    /**
     * npm's own file operation, quoted after its prefix ({@code npm ERR! enoent Could not read package.json: Error: ENOENT:
     * no such file or directory, open '/app/package.json'}): what npm itself failed on, with its path, not a child's failure.
     */
    private static ToolchainError npmOwnFileError(String line, ErrorInput input) {
        int at = line.indexOf(": Error: E");
        if (at < 0) return null;
        ToolchainError e = text(line.substring(at + 2), "tool_message", input);
        if (e == null || e.getCode() == null || e.getPath() == null) return null;
        e.setMessage(line);
        Caps.detail(e, "program", "npm");
        return e;
    }

    /**
     * TAP (node --test, tap, prove): {@code # Subtest: title}, {@code ok 1 - title}, {@code not ok 1 - title} name a test,
     * and a test's title quoting an error ("formats ENOENT") states none.
     */
    private static boolean tapTitle(String line) {
        if (line.startsWith("# Subtest: ")) return true;
        int at = line.startsWith("not ok ") ? 7 : line.startsWith("ok ") ? 3 : -1;
        if (at < 0) return false;
        int end = at;
        while (end < line.length() && end - at < 9 && Character.isDigit(line.charAt(end))) end++;
        return end > at && (end == line.length() || line.startsWith(" - ", end) || line.charAt(end) == ' ');
    }

    /**
     * TAP's YAML block of a failed test: {@code error: 'ENOENT: no such file or directory, open 'x''} (one line,
     * quoted) is what the test failed on, read like a test runner's {@code E} line.
     */
    private static ToolchainError tapError(String line, ErrorInput input) {
        if (!line.startsWith("error: '") && !line.startsWith("error: \"") || line.length() < 10) return null;
        char q = line.charAt(7);
        if (line.charAt(line.length() - 1) != q) return null;
        String v = line.substring(8, line.length() - 1).replace("\\'", "'");
        ToolchainError e = typedAt(v) == 0 ? text(v, "test_runner", input) : worded(v, input);
        if (e != null) e.setOrigin("test_runner");
        return e;
    }

    /** pytest: {@code E   Type: message} and the short summary {@code FAILED t.py::test - Type: message}. */
    private static ToolchainError testRunner(String line, ErrorInput input) {
        if (line.startsWith("E ") && line.length() > 4) {
            String rest = line.substring(1).strip();
            return typedAt(rest) == 0 ? text(rest, "test_runner", input) : null;
        }
        if (line.startsWith("FAILED ") || line.startsWith("ERROR ")) {
            int dash = line.indexOf(" - ");
            if (dash < 0) return null;
            String rest = line.substring(dash + 3).strip();
            int at = typedAt(rest);
            return at >= 0 ? text(rest.substring(at), "summary", input) : null;
        }
        return null;
    }

    private static ToolchainError logged(String line, ErrorInput input) {
        LogLine log = LogLine.of(line);
        if (log == null || log.text().isBlank()) return null;
        if (log.level() != null && !log.level().equals("error") && !log.level().equals("critical") && !log.level().equals("warning")
                && !readsLikeAnError(log.text())) return null;   // "INFO connected": not a signal at all
        ToolchainError e;
        ParseResult stack = log.json() && log.text().contains("\n    at ") ? new NodeParser().parse(Lines.of(log.text()), input) : null;
        if (log.json() && log.text().contains(PythonTraceback.HEADER)) {
            List<ParseResult> tb = PythonParser.parseAll(Lines.of(log.text()), null);
            e = tb.isEmpty() ? text(last(log.text()), "json_log", input) : tb.get(tb.size() - 1).fact();
        } else if (stack != null && "node".equals(stack.fact().getLanguage())) {
            // a Node stack in a JSON field ({"err": {"stack": "SyntaxError: ...\n    at JSON.parse ..."}}): read as the crash it is
            e = stack.fact();
        } else if (quotedPerlLocate(log.text()) != null) {
            e = quotedPerlLocate(log.text());   // perl's "Can't locate X.pm in @INC ..." quoted after the program's words
        } else {
            String t = log.json() ? last(log.text()) : log.text();
            int at = typedAt(t);
            // a Node errno message logged without its type ("ENOENT: no such file or directory, open 'x'") reads as one
            ToolchainError coded = at < 0 ? worded(t, input) : null;
            e = coded != null && coded.getCode() != null ? coded : text(at > 0 ? t.substring(at) : t, "log", input);
            if (at > 0) e.setMessage(e.getMessage());
            if (e.getPath() == null && e.getType() == null && at < 0) {
                // Go's "open config.yaml: no such file or directory" as a log's message (logrus, a wrapped error)
                ToolchainError call = ToolMessage.pathErrorAtEnd(t);
                if (call != null && call.getPath() != null) {
                    e.setPath(call.getPath());
                    if (e.getErrno() == null) e.setErrno(call.getErrno());
                    if (e.getCode() == null) e.setCode(call.getCode());
                }
            }
        }
        e.setOrigin(log.json() ? "json_log" : "log");
        e.setLevel(log.level());
        return e;
    }

    /**
     * A workflow command of GitHub Actions ({@code ::error file=src/app.py,line=4,col=8::SyntaxError: expected ':'}), which
     * linters, type checkers and test reporters print in CI: the message read as the error it states, the file and line
     * from the command's properties when the message has none; {@code ::warning} and {@code ::notice} are warnings.
     */
    private static ToolchainError annotation(String line, ErrorInput input) {
        int end = line.indexOf("::", 2);
        String head = end < 0 ? "" : line.substring(2, end);
        String kind = head.split(" ", 2)[0];
        if (!kind.equals("error") && !kind.equals("warning") && !kind.equals("notice") || end + 2 >= line.length()) return null;
        // the runner's escapes of a command's message: %0A a newline, %25 a per cent sign
        String message = line.substring(end + 2).replace("%0D", "").replace("%0A", "\n").replace("%25", "%").strip();
        String t = message.indexOf('\n') >= 0 ? last(message) : message;
        if (t.length() < 4 || t.startsWith("::")) return null;
        ToolchainError e = of(t, input);
        if (e == null) e = text(t, "log", input);
        String file = null;
        Integer at = null;
        for (String prop : head.substring(kind.length()).strip().split(",")) {
            int eq = prop.indexOf('=');
            if (eq <= 0) continue;
            String key = prop.substring(0, eq).strip();
            String value = prop.substring(eq + 1).strip();
            if (key.equals("file") && Names.isPrintedPath(value)) file = value;
            else if (key.equals("line") && value.matches("\\d{1,7}")) at = Integer.valueOf(value);
        }
        if (file != null && e.getFile() == null) {
            e.setFile(file);
            if (at != null && e.getLine() == null) e.setLine(at);
        }
        e.setLevel(kind.equals("error") ? "error" : "warning");
        return e;
    }

    /** A Python syntax error that a program reported as repr() or as {@code path.py:LINE: message}; null otherwise. */
    private static ToolchainError pythonSyntaxReport(String line) {
        ToolchainError e = PythonMessages.syntaxRepr(line);
        if (e == null && line.contains(".py:")) {
            e = new ToolchainError();
            if (!PythonMessages.fileLineSyntax(e, line)) return null;
        }
        if (e != null) e.setOrigin("tool_message");
        return e;
    }

    /** perl's {@code Can't locate X.pm in @INC ...} after a program's own words (a log line, a die's prefix); null when none. */
    private static ToolchainError quotedPerlLocate(String text) {
        int at = text.indexOf("Can't locate ");
        return at > 0 && text.indexOf(" in @INC", at) > 0 ? ToolReports.compiler(text.substring(at)) : null;
    }

    /** perl's {@code syntax error at FILE line N, near "x"} (or {@code , at EOF}) after a program's own words; null when none. */
    private static ToolchainError quotedPerlSyntax(String text) {
        int at = text.indexOf(": syntax error at ");
        if (at <= 0 || text.startsWith("at or near", at + 18)) return null;
        int line = text.indexOf(" line ", at);
        return line > 0 && (text.indexOf(", near ", line) > 0 || text.indexOf(", at EOF", line) > 0) ? ToolReports.compiler(text.substring(at + 2)) : null;
    }

    private static boolean readsLikeAnError(String t) {
        return typedAt(t) >= 0 || t.contains("[Errno ") || Errnos.findText(t) != null || t.contains("rror") || t.contains("fail")
                || t.contains("Fail") || t.contains("No module named");
    }

    /** The last non-blank line of a multi-line text (a stack's error line is its last or first). */
    private static String last(String text) {
        String[] ls = text.split("\n");
        for (String l : ls) {
            if (typedAt(l.strip()) == 0) return l.strip();
        }
        // a JSON field holding err.message of Node's resolver: "Cannot find module 'x'" over its Require stack lines
        for (String l : ls) {
            if (NODE_RESOLVER.in(l) != 0) return l.strip();
        }
        for (int i = ls.length - 1; i >= 0; i--) if (!ls[i].isBlank()) return ls[i].strip();
        return text.strip();
    }

    /** {@code prog: ...: strerror} of shells, scripts, curl and command-line tools. */
    private static ToolchainError tool(String line, ErrorInput input) {
        Lines one = Lines.of(line);
        ParseResult r = new ShellParser().parse(one, input);
        if (r == null) r = new CurlParser().parse(one, input);
        if (r != null) return r.fact();
        return ToolMessage.of(line);
    }

    /** Start of a {@code Type: message} (Python or JS exception name) in the text; -1 when there is none. */
    static int typedAt(String t) {
        int from = 0;
        while (from < t.length() && from < 400) {
            int colon = t.indexOf(':', from);
            if (colon < 0) return -1;
            int start = colon;
            while (start > 0 && (Character.isLetterOrDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '.' || t.charAt(start - 1) == '_')) start--;
            String type = t.substring(start, colon);
            // FooError / a.b.FooException, or a qualified class of any name (websockets.exceptions.InvalidStatus)
            boolean typed = ((type.endsWith("Error") || type.endsWith("Exception")) && Names.isDottedName(type)
                    || Character.isLowerCase(type.isEmpty() ? 'A' : type.charAt(0)) && ToolMessage.qualifiedClassName(type))
                    && (colon + 1 == t.length() || t.charAt(colon + 1) == ' ');
            if (typed && (start == 0 || " ([:'\"".indexOf(t.charAt(start - 1)) >= 0)) return start;
            from = colon + 1;
        }
        return -1;
    }

    /** A fact from error text: {@code Type: message} read as Python's or Node's last line, else the words alone. */
    static ToolchainError text(String t, String origin, ErrorInput input) {
        ToolchainError e = PythonMessages.syntaxRepr(t);
        if (e != null) {
            e.setOrigin(origin);
            return e;
        }
        int at = typedAt(t);
        String typed = at >= 0 ? t.substring(at) : null;
        NodeError head = typed == null ? null : NodeError.head(typed);
        if (typed == null && (head = NodeError.head(t)) != null) typed = t;   // Error [ERR_X]: msg (no plain "Name:")
        if (head != null && isNode(head, input)) {
            e = new ToolchainError();
            e.setLanguage("node");
            Caps.setType(e, head.printed());
            Caps.type(e, head.name());
            e.setMessage(head.message());
            NodeError.fill(e, head, NodeBlock.read(Lines.of(typed), 0));
            NodeParser.jsonFileOfSyntaxError(e, head);   // require() of a .json file pasted alone
            if (e.getErrno() == null && e.getCode() == null) ToolMessage.strerrorTail(e, head.message());
        } else if (typed != null) {
            ParseResult r = JavaParser.bare(typed);
            if (r == null) r = new PythonParser().parse(Lines.of(PythonTraceback.HEADER + "\n" + typed), input);
            if (r != null) e = r.fact();
            if (e != null && e.getFile() == null && "python".equals(e.getLanguage())) PythonMessages.quotedSyntaxError(e, e.getMessage());
        }
        if (e == null) {
            e = new ToolchainError();
            e.setMessage(t);
            String module = PythonMessages.missingModule(t);
            if (module != null) {
                e.setModule(module);
                e.setLanguage("python");
            } else if (t.contains("' imported from ") && (t.contains("Cannot find package '") || t.contains("Cannot find module '"))) {
                // Node's ESM resolver message quoted by the program ("db worker failed: Cannot find package 'pg' imported from x")
                NodeError.module(e, t);
                e.setLanguage("node");
            }
            // Python's ImportError wording quoted without its class (a log line's "... failed: cannot import name 'X' from 'Y' (path)")
            PythonMessages.importName(e, t);
            if (e.getName() != null && e.getFromModule() != null) {
                e.setLanguage("python");
                Caps.setType(e, "ImportError");
            }
            PythonMessages.osError(e, t);
            PythonMessages.quotedSyntaxError(e, t);
            PythonMessages.fileLineSyntax(e, t);   // a log line's "app/util.py:2: invalid syntax"
            Integer errno = e.getErrno() != null ? e.getErrno() : Errnos.findText(t);
            if (errno != null) {
                e.setErrno(errno);
                e.setCode(Errnos.name(errno));
                if (e.getPath() == null) e.setPath(pathBeforeStrerror(t));
            }
        }
        e.setOrigin(origin);
        if (e.getType() != null && e.getType().endsWith("CalledProcessError")) e.setOrigin("wrapper");
        return e;
    }

    /**
     * The path right before a strerror in parentheses, as Java's FileNotFoundException and awk word it and programs
     * quote it ("cannot read configuration: conf/db.properties (No such file or directory)"); null otherwise.
     */
    private static String pathBeforeStrerror(String t) {
        int text = Errnos.indexOfText(t);
        if (text < 2 || t.charAt(text - 1) != '(' || t.charAt(text - 2) != ' ') return null;
        int end = text - 2;
        int start = t.lastIndexOf(' ', end - 1) + 1;
        String path = Names.trimToken(t.substring(start, end));
        return Names.isPrintedPath(path) && path.indexOf(' ') < 0 ? path : null;
    }

    /** A JS error name whose message reads like Node (or the toolchain runs node). */
    private static boolean isNode(NodeError head, ErrorInput input) {
        if (!JS_ERRORS.contains(head.name())) return false;
        if (head.code() != null || head.name().equals("Error")) return true;
        String msg = head.message() == null ? "" : head.message();
        if (NODE_MARKERS.in(msg) != 0) return true;
        List<String> argv = input.command();
        String tool = input.tool() == null ? "" : input.tool();
        return tool.startsWith("node") || argv != null && !argv.isEmpty() && argv.get(0).endsWith("node");
    }
}
