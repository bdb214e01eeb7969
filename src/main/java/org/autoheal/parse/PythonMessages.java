package org.autoheal.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.autoheal.facts.ToolchainError;

/** Reads the parts of Python exception messages and source lines that name things. */
final class PythonMessages {
    private static final Set<String> OPEN_MODULES = Set.of("os", "io", "codecs", "gzip", "bz2", "lzma",
            "tarfile", "zipfile", "builtins", "aiofiles");

    private PythonMessages() {
    }

    /** {@code x.y} from {@code No module named 'x.y'} (or unquoted); null when absent or not a name. */
    static String missingModule(String message) {
        String name = missingModuleText(message);
        return name != null && Names.isDottedName(name) ? name : null;
    }

    /**
     * The name as printed after {@code No module named}, whatever it is (bounded): a name that is
     * not a module name is kept as the {@code module_text} detail, so the install strategy can
     * refuse it with its reason instead of the error going undiagnosed.
     */
    static String missingModuleText(String message) {
        int at = message.indexOf("No module named ");
        if (at < 0) return null;
        int from = at + "No module named ".length();
        String name;
        if (from < message.length() && (message.charAt(from) == '\'' || message.charAt(from) == '"')) {
            name = Names.quotedAt(message, from, message.charAt(from));
        } else {
            int end = from;
            while (end < message.length() && " ;,)".indexOf(message.charAt(end)) < 0) end++;
            name = message.substring(from, end);
        }
        return name == null || name.isEmpty() ? null : name.length() <= 256 ? name : name.substring(0, 256);
    }

    /** {@code x} from {@code No module named 'x.y'; 'x' is not a package}; null otherwise. */
    static String notAPackage(String message) {
        int at = message.indexOf("' is not a package");
        if (at < 0 || message.indexOf("No module named ") < 0) return null;
        int open = message.lastIndexOf('\'', at - 1);
        if (open < 0) return null;
        String name = message.substring(open + 1, at);
        return Names.isDottedName(name) ? name : null;
    }

    /** {@code cannot import name 'X' from 'Y' (path)}: fills name, fromModule and the from_file detail. */
    static void importName(ToolchainError e, String message) {
        int at = message.indexOf("cannot import name ");
        if (at < 0 || e.getName() != null) return;
        String name = Names.quotedAt(message, at, '\'');
        if (!Names.isIdentifier(name)) return;
        e.setName(name);
        int from = message.indexOf(" from ", at + 20 + name.length());
        if (from < 0) return;
        String module = Names.quotedAt(message, from, '\'');
        if (Names.isDottedName(module)) e.setFromModule(module);
        int open = message.lastIndexOf(" (");
        if (open > from && message.endsWith(")")) {
            String file = message.substring(open + 2, message.length() - 1);
            if (Names.isPrintedPath(file) && !file.startsWith("most likely")) Caps.detail(e, "from_file", file);
        }
    }

    /** {@code [Errno 2] No such file or directory: 'x'}: errno, code, strerror and the path. */
    /**
     * A SyntaxError's str() quoted by the program that caught it ("plugin x failed to load: invalid syntax (fmt.py,
     * line 4)", "unexpected indent (jobs.py, line 12)"): a Python syntax error in that file and line.
     */
    static void quotedSyntaxError(ToolchainError e, String message) {
        // a typed one without its file: "IndentationError: unexpected indent (handlers.py, line 7)" in a JSON log field
        boolean typedWithoutFile = e.getType() != null && e.getFile() == null && SYNTAX_TYPES.contains(e.getType());
        if (e.getType() != null && !typedWithoutFile || message == null || !message.endsWith(")")) return;
        int open = message.lastIndexOf(" (");
        int comma = message.lastIndexOf(".py, line ");
        if (open < 0 || comma < open) return;
        String file = message.substring(open + 2, comma + 3);
        Integer line = Names.number(message.substring(comma + 10, message.length() - 1));
        if (line == null || !Names.isPrintedPath(file) || file.indexOf(' ') >= 0) return;
        // str() gives the base name only; the program's own words often name the whole path ("skipping jobs/nightly.py: ...")
        for (String w : message.substring(0, open).split("[\\s'\"`:,()\\[\\]]+")) {
            if (w.endsWith("/" + file) && Names.isPrintedPath(w)) file = w;
        }
        e.setLanguage("python");
        Caps.setType(e, "SyntaxError");
        e.setFile(file);
        e.setLine(line);
    }

    /** Python's syntax exceptions, as printed. */
    private static final Set<String> SYNTAX_TYPES = Set.of("SyntaxError", "IndentationError", "TabError");

    // SyntaxError('invalid syntax', ('plugins/report.py', 3, 9, 'def run(:\n', 3, 10)): name, message, file, line
    private static final Pattern SYNTAX_REPR = Pattern.compile(
            "\\b(SyntaxError|IndentationError|TabError)\\((['\"])(.{1,300}?)\\2, \\((['\"])([^'\"\\n]{1,400})\\4, (\\d{1,7}), ");

    /**
     * A syntax exception's repr() as a program logs it ({@code log.error("plugin %s failed: %r", name, e)}, repr(e) in a
     * JSON field): {@code SyntaxError('invalid syntax', ('plugins/report.py', 3, 9, 'def run(:\n', 3, 10))}. A Python syntax
     * error in that file and line, with its message; null when the text holds none.
     */
    static ToolchainError syntaxRepr(String text) {
        if (text.indexOf("Error(") < 0 || text.indexOf(", (") < 0) return null;
        Matcher m = SYNTAX_REPR.matcher(text);
        if (!m.find() || !Names.isPrintedPath(m.group(5))) return null;
        ToolchainError e = new ToolchainError();
        e.setLanguage("python");
        Caps.setType(e, m.group(1));
        Caps.type(e, m.group(1));
        e.setMessage(m.group(3));
        e.setFile(m.group(5));
        e.setLine(Names.number(m.group(6)));
        return e;
    }

    // how compile() words a syntax error (3.8-3.13), for a report that names only file and line
    private static final String[] SYNTAX_MESSAGES = {"invalid syntax", "expected '", "expected an indented block",
        "unexpected indent", "unindent does not match", "unterminated string literal", "unterminated triple-quoted string",
        "unmatched '", "closing parenthesis '", "invalid character", "invalid decimal literal", "invalid non-printable character",
        "unexpected EOF while parsing", "EOL while scanning string literal", "EOF while scanning", "Missing parentheses in call to",
        "inconsistent use of tabs and spaces", "unexpected character after line continuation", "positional argument follows keyword argument",
        "non-default argument follows default argument", "'return' outside function", "f-string: "};

    /**
     * A linter's or a compile wrapper's {@code path.py:LINE[:COL]: message} with compile()'s wording
     * ({@code src/jobs.py:3:18: expected ':'}, {@code app/util.py:2: invalid syntax}, flake8's
     * {@code x.py:3:5: E999 IndentationError: unexpected indent}, mypy's {@code x.py:3: error: invalid syntax  [syntax]},
     * pylint's {@code x.py:2:5: E0001: Parsing failed: 'invalid syntax (x, line 2)' (syntax-error)}), anywhere in a line: fills {@code e} as that Python
     * syntax error and returns true; false (and {@code e} untouched) when the line is not one.
     */
    static boolean fileLineSyntax(ToolchainError e, String line) {
        int py = line.indexOf(".py:");
        if (py < 0 || e.getType() != null) return false;
        int colon = line.indexOf(": ", py);
        if (colon < 0) return false;
        String[] loc = NodeParser.splitLocation(line.substring(line.lastIndexOf(' ', py) + 1, colon));
        if (loc == null || !loc[0].endsWith(".py") || !Names.isPrintedPath(loc[0])) return false;
        String msg = line.substring(colon + 2).strip();
        if (msg.startsWith("error: ")) msg = msg.substring(7);   // mypy: "src/a.py:3: error: invalid syntax  [syntax]"
        if (msg.endsWith("  [syntax]")) msg = msg.substring(0, msg.length() - 10);
        if (msg.startsWith("E0001: Parsing failed: '") && msg.endsWith("' (syntax-error)")) {
            // pylint: "E0001: Parsing failed: 'invalid syntax (sync, line 2)' (syntax-error)", str() of the SyntaxError quoted
            msg = msg.substring(24, msg.length() - 16);
            int suffix = msg.lastIndexOf(" (");
            if (suffix > 0 && msg.endsWith(")") && msg.indexOf(", line ", suffix) > 0) msg = msg.substring(0, suffix);
        }
        if (msg.startsWith("E999 ")) msg = msg.substring(5);
        String type = "SyntaxError";
        for (String t : SYNTAX_TYPES) {
            if (msg.startsWith(t + ": ")) {
                type = t;
                msg = msg.substring(t.length() + 2);
            }
        }
        boolean worded = msg.startsWith("'") && msg.indexOf("' was never closed") > 0;
        for (int i = 0; i < SYNTAX_MESSAGES.length && !worded; i++) worded = msg.startsWith(SYNTAX_MESSAGES[i]);
        if (!worded) return false;
        e.setLanguage("python");
        Caps.setType(e, type);
        Caps.type(e, type);
        e.setMessage(msg);
        e.setFile(loc[0]);
        e.setLine(Names.number(loc[1]));
        if (loc[2] != null) e.setColumn(Names.number(loc[2]));
        return true;
    }

    static void osError(ToolchainError e, String message) {
        int at = message.indexOf("[Errno ");
        if (at < 0 || e.getErrno() != null) return;
        String digits = Names.digitsAt(message, at + 7);
        Integer errno = Names.number(digits);
        if (errno == null || !message.startsWith("] ", at + 7 + digits.length())) return;
        e.setErrno(errno);
        e.setCode(Errnos.name(errno));
        int text = at + 9 + digits.length();
        int colon = message.indexOf(": ", text);
        String strerror = colon < 0 ? message.substring(text) : message.substring(text, colon);
        if (strerror.endsWith(">") && message.startsWith("<")) strerror = strerror.substring(0, strerror.length() - 1); // <urlopen error [Errno 111] …>
        Caps.detail(e, "strerror", strerror);
        if (colon < 0 || colon + 2 >= message.length() || e.getPath() != null) return;
        char quote = message.charAt(colon + 2);
        if (quote != '\'' && quote != '"') return;
        String path = Names.quotedAt(message, colon + 2, quote);
        if (Names.isPrintedPath(path)) e.setPath(path);
    }

    /** "write" when the source line opens a file for writing, "read" for other opens, else null. */
    static String openMode(String code) {
        if (code == null) return null;
        if (code.contains("write_text(") || code.contains("write_bytes(")) return "write";
        if (code.contains("read_text(") || code.contains("read_bytes(")) return "read";
        // mkdir of a folder whose parent is missing: the parent is what to create
        if (code.contains("mkdir(")) return "write";
        int open = code.indexOf("open(");
        if (open < 0 || (open > 0 && Character.isJavaIdentifierPart(code.charAt(open - 1)))) return null;
        String args = code.substring(open + 5);
        String literal;
        int kw = args.indexOf("mode=");
        if (kw >= 0) literal = literalAt(args, kw + 5);
        else if (isMethodOpen(code, open)) literal = literalAt(args, 0);
        else literal = secondArgument(args);
        if (literal == null || literal.isEmpty() || literal.length() > 4) return "read";
        for (int i = 0; i < literal.length(); i++) if ("rwxabtU+".indexOf(literal.charAt(i)) < 0) return "read";
        return literal.indexOf('w') >= 0 || literal.indexOf('a') >= 0 || literal.indexOf('x') >= 0
                || literal.indexOf('+') >= 0 ? "write" : "read";
    }

    /** {@code Path(...).open("w")} takes the mode first; {@code os.open}, {@code gzip.open} do not. */
    private static boolean isMethodOpen(String code, int open) {
        if (open == 0 || code.charAt(open - 1) != '.') return false;
        int s = open - 1;
        while (s > 0 && Character.isJavaIdentifierPart(code.charAt(s - 1))) s--;
        return !OPEN_MODULES.contains(code.substring(s, open - 1));
    }

    private static String literalAt(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i >= s.length() || (s.charAt(i) != '\'' && s.charAt(i) != '"')) return null;
        return Names.quotedAt(s, i, s.charAt(i));
    }

    /** The string literal that is the second positional argument, skipping the first one. */
    private static String secondArgument(String args) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) return null;
            } else if (c == ',' && depth == 0) {
                return literalAt(args, i + 1);
            }
        }
        return null;
    }
}
