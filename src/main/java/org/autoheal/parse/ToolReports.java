package org.autoheal.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.autoheal.facts.ToolchainError;

/**
 * One-line reports in a tool's own wording, read for what they state: compilers' {@code file:line: error:}
 * (javac, gcc) and perl's syntax errors and missing modules, SQL shells' syntax errors (sqlite3, psql), perl's
 * Exporter refusals, pg_isready's {@code - no response} and pytest's missing file argument. Each gives a
 * {@code tool_message} (or test runner) signal, or null when the line is not that tool's; the rules decide.
 */
final class ToolReports {
    private ToolReports() {
    }

    /**
     * A compiler's {@code file.ext:line[:col]: error: message} (javac, gcc/cc) and perl's
     * {@code syntax error at FILE line N}. Messages about the text's form get the type {@code syntax error}.
     */
    static ToolchainError compiler(String line) {
        ToolchainError sql = sqlShell(line);
        if (sql != null) return sql;
        boolean perl = line.startsWith("syntax error at ") || line.startsWith("Can't locate ");
        if (!perl && line.indexOf(": error: ") <= 0) return null;   // most lines: no fact allocated to be dropped
        ToolchainError e = new ToolchainError();
        e.setOrigin("tool_message");
        if (line.startsWith("syntax error at ") && line.contains(" line ")) {
            int l = line.lastIndexOf(" line ");
            String file = line.substring(16, l);
            if (!Names.isPrintedPath(file)) return null;
            e.setLanguage("perl");
            Caps.setType(e, "syntax error");
            e.setMessage(line);
            if (!file.startsWith("(eval ")) e.setFile(file);   // a string's eval names no file anyone could edit
            e.setLine(Names.number(Names.digitsAt(line, l + 6)));
            return e;
        }
        if (line.startsWith("Can't locate ") && line.contains(" in @INC")) return perlModule(e, line);
        int err = line.indexOf(": error: ");
        if (err <= 0) return null;
        String[] loc = NodeParser.splitLocation(line.substring(0, err));
        if (loc == null || !Names.isPrintedPath(loc[0])) return null;
        String ext = loc[0].substring(loc[0].lastIndexOf('.') + 1);
        String lang = switch (ext) {
            case "java" -> "java";
            case "c", "h", "cc", "cpp", "cxx", "hpp" -> "c";
            default -> null;
        };
        if (lang == null) return null;
        String msg = line.substring(err + 9);
        e.setLanguage(lang);
        e.setMessage(msg);
        e.setFile(loc[0]);
        e.setLine(Names.number(loc[1]));
        if (loc[2] != null) e.setColumn(Names.number(loc[2]));
        boolean form = msg.contains("expected") || msg.contains("syntax") || msg.contains("illegal start")
                || msg.contains("reached end of file") || msg.contains("unclosed") || msg.contains("missing terminating")
                || msg.contains("stray ") || msg.contains("not a statement");
        Caps.setType(e, form ? "syntax error" : "compile error");
        return e;
    }

    private static final java.util.regex.Pattern PERL_NOT_EXPORTED =
            java.util.regex.Pattern.compile("^\"&?([A-Za-z_]\\w{0,100})\" is not exported by the ([A-Za-z_][\\w:]{0,200}) module$");

    /**
     * perl's Exporter: {@code "floorx" is not exported by the POSIX module}; the script and line of the {@code use}
     * are those of the {@code BEGIN failed--compilation aborted at FILE line N.} that follows it.
     */
    static ToolchainError perlNotExported(String line, ErrorInput input) {
        if (line.charAt(0) != '"') return null;
        java.util.regex.Matcher m = PERL_NOT_EXPORTED.matcher(line);
        if (!m.find()) return null;
        ToolchainError e = new ToolchainError();
        e.setOrigin("tool_message");
        e.setLanguage("perl");
        Caps.setType(e, "perl not exported");
        e.setMessage(line);
        e.setName(m.group(1));
        e.setFromModule(m.group(2));
        String text = input == null || input.text() == null ? "" : input.text();
        String begin = "BEGIN failed--compilation aborted at ";
        int at = text.indexOf(begin, Math.max(0, text.indexOf(line)));
        int end = at < 0 ? -1 : text.indexOf('\n', at);
        String tail = at < 0 ? "" : text.substring(at + begin.length(), end < 0 ? text.length() : end).strip();
        int l = tail.lastIndexOf(" line ");
        if (l > 0 && Names.isPrintedPath(tail.substring(0, l))) {
            e.setFile(tail.substring(0, l));
            e.setLine(Names.number(Names.digitsAt(tail, l + 6)));
        }
        return e;
    }

    private static final java.util.regex.Pattern PG_NO_RESPONSE =
            java.util.regex.Pattern.compile("^([A-Za-z0-9_.\\-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]):(\\d{1,5}) - no response$");
    private static final String PYTEST_NOT_FOUND = "ERROR: file or directory not found: ";

    /**
     * Reports whose wording is one tool's: pg_isready's {@code 127.0.0.1:5432 - no response} (the server does not answer
     * at that address) and pytest's {@code ERROR: file or directory not found: tests/x.py} (an argument names no file).
     */
    static ToolchainError toolReport(String line) {
        if (line.endsWith(" - no response")) {
            java.util.regex.Matcher m = PG_NO_RESPONSE.matcher(line);
            if (!m.find()) return null;
            ToolchainError e = new ToolchainError();
            e.setOrigin("tool_message");
            Caps.setType(e, "pg_isready no response");
            e.setMessage(line);
            String host = m.group(1);
            e.setHost(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            e.setPort(Names.number(m.group(2)));
            return e;
        }
        if (line.startsWith(PYTEST_NOT_FOUND)) {
            String path = line.substring(PYTEST_NOT_FOUND.length()).strip();
            if (path.isEmpty() || path.length() > 1024 || !Names.isPathChars(path)) return null;
            ToolchainError e = new ToolchainError();
            e.setOrigin("test_runner");
            Caps.setType(e, "pytest file or directory not found");
            e.setLanguage("python");
            e.setMessage(line);
            e.setPath(path);
            return e;
        }
        return null;
    }

    private static final List<String> SQL_SHELL = List.of("Parse error near line ", "Error: near line ", "Error: in prepare, ",
            "ERROR:  syntax error at ", "Runtime error near line ", "Error: stepping, ");

    /**
     * A SQL shell's report about the statement it was given: sqlite3's {@code Parse error near line 1: near "x": syntax
     * error} (older: {@code Error: near line 1: ...}, an argument's {@code Error: in prepare, ...}) and psql's
     * {@code ERROR:  syntax error at or near "x"}; sqlite3's errors while running a statement ({@code Runtime error near
     * line 1: malformed JSON}, an argument's {@code Error: stepping, malformed JSON}). Language {@code sql}: the rules
     * decide what the message means.
     */
    private static ToolchainError sqlShell(String line) {
        if (line.charAt(0) != 'P' && line.charAt(0) != 'E' && line.charAt(0) != 'R' && !line.startsWith("psql:")) return null;
        Matcher script = PSQL_SCRIPT.matcher(line);
        boolean fromScript = script.lookingAt();
        String report = fromScript ? line.substring(script.end()) : line;
        String prefix = null;
        for (String p : SQL_SHELL) if (report.startsWith(p)) prefix = p;
        if (prefix == null) return null;
        ToolchainError e = new ToolchainError();
        e.setOrigin("tool_message");
        e.setLanguage("sql");
        e.setMessage(report.length() > 300 ? report.substring(0, 300) : report);
        if (prefix.contains("near line ")) e.setLine(Names.number(Names.digitsAt(report, prefix.length())));
        if (fromScript && Names.isPathChars(script.group(1))) {
            e.setFile(script.group(1));
            e.setLine(Names.number(script.group(2)));
        }
        return e;
    }

    /** psql -f's prefix to a statement's error: {@code psql:migrations/001.sql:4: ERROR:  ...} (the script and its line). */
    private static final Pattern PSQL_SCRIPT = Pattern.compile("psql:([^:\\s]{1,300}):(\\d{1,7}): ");

    /**
     * perl's {@code Can't locate YAML/XS.pm in @INC (you may need to install the YAML::XS module) (...) at x.pl line 2.}:
     * the module in {@code perl_module} (not {@code module}, which is Python's and Node's).
     */
    private static ToolchainError perlModule(ToolchainError e, String line) {
        e.setLanguage("perl");
        Caps.setType(e, "Can't locate");
        e.setMessage(line.length() > 300 ? line.substring(0, 300) : line);
        String file = line.substring(13, line.indexOf(" in @INC"));
        String module = null;
        int hint = line.indexOf("(you may need to install the ");
        if (hint >= 0) {
            int end = line.indexOf(" module)", hint);
            if (end > hint) module = line.substring(hint + 29, end);
        }
        if (module == null && file.endsWith(".pm")) module = file.substring(0, file.length() - 3).replace("/", "::");
        if (module != null && module.matches("[A-Za-z0-9_:]{1,200}")) Caps.detail(e, "perl_module", module);
        else if (!file.endsWith(".pm") && Names.isPathChars(file)) e.setPath(file);   // require "lib/x.pl"
        int at = line.lastIndexOf(" at ");
        int l = line.lastIndexOf(" line ");
        if (at > 0 && l > at && Names.isPathChars(line.substring(at + 4, l))) {
            e.setFile(line.substring(at + 4, l));
            e.setLine(Names.number(Names.digitsAt(line, l + 6)));
        }
        return e;
    }
}
