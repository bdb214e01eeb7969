package org.autoheal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.autoheal.facts.ToolchainError;

/**
 * Files named in the output and the argv ({@code mentionedFiles}, {@code jsonFile}), JSON decode
 * positions ({@code line L column C (char K)}) and the module of {@code python -m MODULE}.
 * Interpreter internals (stdlib, site-packages, node: modules) are not "mentioned" files.
 */
final class FileExtractor {
    /** jq's {@code parse error: Expected separator between values at line 3, column 11}. */
    private static final Pattern JQ_POSITION = Pattern.compile("parse error: .{0,200}? at line (\\d{1,9}), column (\\d{1,9})");
    private static final Pattern JSON_POSITION = Pattern.compile("line (\\d{1,9}) column (\\d{1,9}) \\(char (\\d{1,12})\\)");

    private static final long COLUMN = OutputLiterals.bit(" column ");
    private static final long JSON = OutputLiterals.bit(".json");

    private FileExtractor() {
    }

    static void fill(ToolchainError e, Lines lines, List<String> argv) {
        List<String> fromMessages = new ArrayList<>();
        for (String m : NetExtractor.messages(e)) fromMessages.addAll(files(m));
        if (e.getPath() != null) fromMessages.add(0, e.getPath());
        List<String> fromText = new ArrayList<>();
        for (String line : lines.all()) {
            if (fromText.size() < 4 * Caps.MAX_LIST) fromText.addAll(files(line));
        }
        List<String> fromArgv = argvFiles(argv);
        for (String f : fromText) Caps.add(e.getMentionedFiles(), f);
        for (String f : fromArgv) Caps.add(e.getMentionedFiles(), f);
        if (e.getJsonFile() == null) e.setJsonFile(jsonFile(fromMessages, fromText, fromArgv));
        jsonPosition(e, lines);
        pythonModule(e, argv);
        argvOperands(e, argv);
        interpreterOperand(e, argv);
    }

    private static final java.util.Set<String> INTERPRETERS = java.util.Set.of("python", "python3", "node", "perl", "ruby", "php");

    /**
     * An interpreter's argv ({@code python3 agent.py --socket run/agent.sock}): the one file operand after the script
     * or {@code -m} module, as {@code detail("argv_operand")}. Some OS errors name no file (a unix socket's bind or
     * connect); the file the user gave is then the only one the command states. Two or more: none is stated.
     */
    private static void interpreterOperand(ToolchainError e, List<String> argv) {
        if (argv == null || argv.size() < 3) return;
        int first = 0;
        while (first < argv.size() && first < 8 && argv.get(first).indexOf('=') > 0 && !argv.get(first).startsWith("-")) first++;   // VAR=value
        if (first >= argv.size()) return;
        String prog = argv.get(first).substring(argv.get(first).lastIndexOf('/') + 1);
        if (!INTERPRETERS.contains(prog) && !prog.matches("python3\\.\\d{1,2}")) return;
        int i = first + 1;
        while (i < argv.size() && argv.get(i).startsWith("-") && !argv.get(i).equals("-m")) i++;   // interpreter options
        if (i >= argv.size()) return;
        i += argv.get(i).equals("-m") ? 2 : 1;   // the script, or -m and its module
        String found = null;
        for (; i < Math.min(argv.size(), 64); i++) {
            String a = argv.get(i);
            String value = a.startsWith("-") && a.indexOf('=') > 0 ? a.substring(a.indexOf('=') + 1) : a;
            if (!Names.looksLikeFile(value) || value.equals(found)) continue;
            if (found != null) return;
            found = value;
        }
        if (found != null) Caps.detail(e, "argv_operand", found);
    }

    /**
     * What some tools' argv states about the files of an error that does not name them: the database of the
     * {@code sqlite3} shell (its first operand), the folder of {@code -C DIR} / {@code --directory=DIR} (tar, make, git).
     */
    private static void argvOperands(ToolchainError e, List<String> argv) {
        if (argv == null || argv.isEmpty()) return;
        String prog = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        for (int i = 1; i < Math.min(argv.size(), 64); i++) {
            String a = argv.get(i);
            if (prog.equals("sqlite3") && !a.startsWith("-")) {
                if (Names.isPathChars(a)) Caps.detail(e, "database", a);
                break;
            }
            String dir = a.equals("-C") && i + 1 < argv.size() ? argv.get(i + 1) : a.startsWith("--directory=") ? a.substring(12) : null;
            if (dir != null && Names.isPathChars(dir)) Caps.detail(e, "chdir", dir);
        }
    }

    /**
     * A decoder error that names no JSON file, printed right after a line that names one (make's echo of the recipe
     * that read it, or only a program's "seeding app.db with settings.json"): that file, as
     * {@code detail("mentioned_json_file")}. A mention is no fact: rules rank it below the wrapper's command and health.
     */
    static void jsonFileAbove(ToolchainError e, Lines lines, int start) {
        if (e.getJsonFile() != null || e.detail("json_line") == null) return;
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            if (verdictFile(lines.get(i), false) != null) return;   // "ok   config/a.json": a file that passed, not this error's
            String f = jsonFile(List.of(), files(lines.get(i)), List.of());
            if (f != null) {
                Caps.detail(e, "mentioned_json_file", f);
                return;
            }
        }
    }

    /**
     * A checking loop's verdict on the file it just tried, printed right below a decoder error that names no file
     * ({@code python3 -m json.tool "$f" || echo "FAIL $f"}, jq's {@code || echo "FAILED: $f"}, TAP's {@code not ok 3 - x.json},
     * {@code x.json: INVALID}): that file is the one the error is about. The loop's {@code ok} lines name files that passed.
     * {@code overMention}: the lead's file was only found somewhere in the whole output, which the verdict outranks.
     */
    static void jsonFileFailedBelow(ToolchainError e, Lines lines, int end, boolean overMention) {
        if (!overMention && e.getJsonFile() != null) return;
        if (e.detail("json_line") == null && e.detail("json_position") == null && !e.getMessage().contains("JSON")) return;
        for (String m : NetExtractor.messages(e)) if (jsonFile(List.of(), files(m), List.of()) != null) return;
        for (int i = end + 1; i < Math.min(lines.size(), end + 4); i++) {
            if (verdictFile(lines.get(i), false) != null) return;
            String f = verdictFile(lines.get(i), true);
            if (f != null) {
                e.setJsonFile(f);
                return;
            }
        }
    }

    private static final java.util.Set<String> PASSED = java.util.Set.of("ok", "pass", "passed", "valid", "good", "\u2713", "\u2714", "\u2705");
    private static final java.util.Set<String> FAILED = java.util.Set.of("fail", "failed", "error", "invalid", "bad", "broken",
            "\u2717", "\u2718", "\u274c");

    /**
     * The JSON file of a per-file verdict line that says it passed ({@code failed} false: {@code ok   a.json},
     * {@code [PASS] a.json}, {@code a.json: valid}) or failed ({@code FAIL a.json}, {@code a.json: INVALID},
     * {@code not ok 2 - a.json}); null for any other line. Only the verdict, separators and a test number may stand
     * beside the file: a sentence is no verdict.
     */
    static String verdictFile(String line, boolean failed) {
        String s = line.strip();
        if (s.length() < 4 || s.length() > 400 || s.indexOf(".json") < 0) return null;
        String[] t = s.split("\\s+", 8);
        if (t.length < 2 || t.length > 6) return null;
        java.util.Set<String> words = failed ? FAILED : PASSED;
        int last = t.length - 1;
        int at;   // the file's token: the last one after a leading verdict, the first one before a trailing verdict
        if (failed && t[0].equals("not") && t[1].equals("ok") || words.contains(verdictWord(t[0]))) at = last;   // TAP's "not ok"
        else if (words.contains(verdictWord(t[last]))) at = 0;
        else return null;
        for (int k = 1; k < last; k++) {
            if (k == at || words.contains(verdictWord(t[k])) || failed && k == 1 && t[0].equals("not")) continue;
            if (!t[k].matches("[-\u2013\u2014.:#\u2026\\d]{1,12}")) return null;   // separators and a test number only
        }
        String file = t[at];
        String f = Names.trimToken(file.endsWith(":") ? file.substring(0, file.length() - 1) : file);
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".json") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson")) return null;
        return Names.looksLikeFile(f) && !isInternal(f) ? f : null;
    }

    /** {@code [FAIL]}, {@code FAILED:}, {@code (ok)} as the lower-case word. */
    private static String verdictWord(String token) {
        String w = token;
        while (!w.isEmpty() && "[(<".indexOf(w.charAt(0)) >= 0) w = w.substring(1);
        while (!w.isEmpty() && "])>:".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1);
        return w.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The lead's decoder error names no JSON file and was printed right after a command line that names one (make's
     * echo, bash -x's {@code + python3 -m json.tool deploy/b.json}): that file, even when an earlier line named another.
     */
    static void jsonFileJustAbove(ToolchainError e, Lines lines, int start) {
        if (e.detail("json_line") == null) return;
        for (String m : NetExtractor.messages(e)) if (jsonFile(List.of(), files(m), List.of()) != null) return;
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            if (verdictFile(lines.get(i), false) != null) return;   // a file the checking loop passed
            String f = jsonFile(List.of(), files(lines.get(i)), List.of());
            if (f != null) {
                e.setJsonFile(f);
                return;
            }
        }
    }

    /**
     * The lead's JSON file as {@link #fill} found it in the whole output: a fact only when the error's messages, its
     * own lines (the traceback's {@code open("x.json")}) or the argv name it. A file only mentioned elsewhere
     * ("seeding app.db with settings.json") becomes {@code detail("mentioned_json_file")}, a candidate that rules rank
     * below the wrapper's command and health; the argv's JSON file, if any, is then the fact.
     */
    static void onlyMentioned(ToolchainError e, Lines lines, int start, int end, List<String> argv) {
        String f = e.getJsonFile();
        if (f == null || f.equals(e.getPath())) return;
        for (String m : NetExtractor.messages(e)) if (names(files(m), f)) return;
        for (int i = Math.max(0, start); i <= end && i < lines.size(); i++) if (names(files(lines.get(i)), f)) return;
        List<String> fromArgv = argvFiles(argv);
        if (names(fromArgv, f)) return;
        // a command bash -x echoed just above the error ("+ jq empty conf/b.json") is the command that failed, not prose
        for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
            String l = lines.get(i);
            if (l.startsWith("+") && names(files(l), f)) return;
        }
        e.setJsonFile(jsonFile(List.of(), List.of(), fromArgv));
        if (e.getJsonFile() == null) Caps.detail(e, "mentioned_json_file", f);
    }

    /** {@code found} is one of {@code files}, or a longer path to one of them. */
    private static boolean names(List<String> files, String found) {
        for (String g : files) if (found.equals(g) || found.endsWith("/" + g)) return true;
        return false;
    }

    /** Quoted and bare tokens of one line that look like files and are not interpreter internals. */
    static List<String> files(String line) {
        List<String> out = new ArrayList<>();
        if (line.indexOf('.') < 0) return out;   // every file we report has an extension
        // from quote to quote (found with indexOf, not char by char): a quote that closes after one char or more
        int single = line.indexOf('\'');
        int dbl = line.indexOf('"');
        int i = 0;
        while (out.size() < 16) {
            if (single >= 0 && single < i) single = line.indexOf('\'', i);
            if (dbl >= 0 && dbl < i) dbl = line.indexOf('"', i);
            i = single < 0 ? dbl : dbl < 0 ? single : Math.min(single, dbl);
            if (i < 0) break;
            char q = line.charAt(i);
            int close = line.indexOf(q, i + 1);
            if (close > i + 1) {
                String s = line.substring(i + 1, close);
                if (Names.looksLikeFile(s)) add(out, s);
                else for (String f : innerQuoted(s, q == '"' ? '\'' : '"')) add(out, f);
                i = close + 1;
            } else {
                i++;
            }
        }
        if (line.startsWith("Node.js v")) return out;
        // tokens split at whitespace and '=', at most 64 of them, as before; only a token with a
        // '.' can name a file, so the others are skipped without being copied
        int n = line.length();
        int start = 0;
        int tokens = n > 0 && separates(line.charAt(0)) ? 1 : 0; // split's empty first token counts too
        while (start < n && tokens < 64 && out.size() < 16) {
            while (start < n && separates(line.charAt(start))) start++;
            if (start >= n) break;
            int end = start;
            boolean dot = false;
            while (end < n) {
                char c = line.charAt(end);
                if (tokens != 63 && separates(c)) break;
                dot |= c == '.';
                end++;
            }
            tokens++;
            if (dot) {
                String t = withoutPosition(Names.trimToken(line.substring(start, end)));
                if (Names.looksLikeFile(t)) add(out, t);
            }
            start = end;
        }
        return out;
    }

    /**
     * The files quoted with the other quote inside a quoted string that is no file itself: npm's echo of its script
     * {@code > node -e "JSON.parse(fs.readFileSync('config/flags.json'))"}, SQL in an argv word
     * ({@code "SELECT json(readfile('exports/x.json'))"}).
     */
    private static List<String> innerQuoted(String s, char q) {
        List<String> out = new ArrayList<>();
        if (s.length() > 4096 || s.indexOf(q) < 0) return out;
        for (int i = s.indexOf(q); i >= 0 && out.size() < 16; ) {
            int close = s.indexOf(q, i + 1);
            if (close < 0) break;
            String t = s.substring(i + 1, close);
            if (Names.looksLikeFile(t) && !out.contains(t)) out.add(t);
            i = s.indexOf(q, close + 1);
        }
        return out;
    }

    /**
     * The one JSON file the whole output names (a program's "loading conf/routes.json" printed after its decoder's
     * error, npm's echo of the script that read it), as {@code detail("mentioned_json_file")} of each signal that names
     * none; none when the output names no JSON file or several. Rules decide whether it is the file that failed.
     */
    static void outputJsonFile(List<ToolchainError> signals, Lines lines) {
        if ((lines.literalsAnywhere() & JSON) == 0) return;
        String found = null;
        for (int i = 0; i < lines.size() && i < 2000; i++) {
            if ((lines.literals(i) & JSON) == 0 || lines.get(i).indexOf(".json") < 0) continue;
            for (String f : files(lines.get(i))) {
                String lower = f.toLowerCase(java.util.Locale.ROOT);
                if (!lower.endsWith(".json") && !lower.endsWith(".jsonl")) continue;
                if (found == null || f.endsWith("/" + found)) found = f;
                else if (!found.equals(f) && !found.endsWith("/" + f)) return;   // two JSON files: the output does not say which
            }
        }
        if (found == null) return;
        for (ToolchainError e : signals) {
            // a file mentioned just above the error is already its candidate (as before, when it was the fact)
            if (e.getJsonFile() == null && e.detail("mentioned_json_file") == null) Caps.detail(e, "mentioned_json_file", found);
        }
    }

    /** What the regex {@code [\s=]} matches: ASCII whitespace or '='. */
    private static boolean separates(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '=';
    }

    /** {@code app.js:5:13} and {@code Main.java:6} name the file {@code app.js} / {@code Main.java}. */
    private static String withoutPosition(String token) {
        int colon = token.indexOf(':');
        if (colon <= 0) return token;
        for (int i = colon; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != ':' && (c < '0' || c > '9')) return token;
        }
        return token.substring(0, colon);
    }

    private static void add(List<String> out, String file) {
        if (!isInternal(file) && !out.contains(file)) out.add(file);
    }

    static boolean isInternal(String file) {
        return !PythonParser.isUserFile(file) || file.startsWith("java.base/") || file.contains("/node_modules/");
    }

    private static List<String> argvFiles(List<String> argv) {
        List<String> out = new ArrayList<>();
        if (argv == null) return out;
        for (int i = 0; i < Math.min(argv.size(), 256); i++) {
            String a = argv.get(i);
            String value = a.startsWith("-") && a.indexOf('=') > 0 || assignment(a) ? a.substring(a.indexOf('=') + 1) : a;
            if (Names.looksLikeFile(value) && !out.contains(value)) out.add(value);
            else if (i > 0 && (a.indexOf('\'') >= 0 || a.indexOf('"') >= 0)) {
                // a script or SQL in one word names its files quoted: sqlite3 :memory: "SELECT json(readfile('x.json'))"
                for (String f : innerQuoted(a, '\'')) if (!out.contains(f)) out.add(f);
                for (String f : innerQuoted(a, '"')) if (!out.contains(f)) out.add(f);
            }
            if (i > 0 && argv.get(i - 1).equals("-c") && isShell(argv.get(0))) out.addAll(shellWords(a, out));
        }
        return out;
    }

    /** {@code CONFIG=conf/app.json python3 app.py}, {@code make check SCHEMA=schemas/order.json}: the file is the value. */
    private static boolean assignment(String a) {
        int eq = a.indexOf('=');
        return eq > 0 && eq < 64 && Names.isIdentifier(a.substring(0, eq));
    }

    private static final java.util.Set<String> SHELLS = java.util.Set.of("bash", "sh", "dash", "zsh", "ksh");

    private static boolean isShell(String prog) {
        return SHELLS.contains(prog.substring(prog.lastIndexOf('/') + 1));
    }

    /** The file words of a {@code bash -c 'cat data/x.json | python3 count.py'} script: its operands and redirects. */
    private static List<String> shellWords(String script, List<String> known) {
        List<String> out = new ArrayList<>();
        if (script.length() > 4096) return out;
        for (String w : script.split("[\\s|;&<>()]+", 128)) {
            String t = Names.trimToken(w.replace("'", "").replace("\"", ""));
            if (!t.startsWith("-") && Names.looksLikeFile(t) && !known.contains(t) && !out.contains(t)) out.add(t);
        }
        return out;
    }

    /** The first *.json named by the error messages, else the output, else the argv; a longer path to it wins. */
    private static String jsonFile(List<String> messages, List<String> text, List<String> argv) {
        String found = null;
        for (List<String> tier : List.of(messages, text, argv)) {
            for (String f : tier) {
                String lower = f.toLowerCase(java.util.Locale.ROOT);
                if (!lower.endsWith(".json") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson") && !lower.endsWith(".geojson")) continue;
                if (found == null) found = f;
                else if (f.endsWith("/" + found)) found = f;
            }
            if (found != null) return found;
        }
        return null;
    }

    /** {@code Expecting value: line 3 column 34 (char 48)}: the last one in the messages, else in the text. */
    private static void jsonPosition(ToolchainError e, Lines lines) {
        Matcher found = null;
        for (String m : NetExtractor.messages(e)) {
            if (!m.contains(" column ")) continue;
            Matcher x = JSON_POSITION.matcher(m);
            if (x.find()) found = x;
        }
        for (int i = lines.size() - 1; found == null && i >= 0; i--) {
            if ((lines.literals(i) & COLUMN) == 0) continue;   // a line whose text lacks " column " (every match has it)
            Matcher x = JSON_POSITION.matcher(lines.get(i));
            if (x.find()) found = x;
        }
        for (int i = lines.size() - 1; found == null && i >= 0; i--) {
            String l = lines.stripped(i);
            if (!l.startsWith("parse error: ") && !l.startsWith("jq: ")) continue;   // jq's own form only
            Matcher x = JQ_POSITION.matcher(lines.get(i));
            if (x.find()) {
                Caps.detail(e, "json_line", Names.number(x.group(1)));
                Caps.detail(e, "json_column", Names.number(x.group(2)));
                return;
            }
        }
        if (found == null) return;
        Caps.detail(e, "json_line", Names.number(found.group(1)));
        Caps.detail(e, "json_column", Names.number(found.group(2)));
        Caps.detail(e, "json_char", found.group(3));
    }

    /** {@code python3 -m json.tool ...}: the module the interpreter was asked to run. */
    private static void pythonModule(ToolchainError e, List<String> argv) {
        if (argv == null || argv.isEmpty()) return;
        String prog = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if (!prog.startsWith("python")) return;
        int m = argv.indexOf("-m");
        if (m > 0 && m + 1 < argv.size() && Names.isDottedName(argv.get(m + 1))) Caps.detail(e, "python_module", argv.get(m + 1));
    }
}
