package org.autoheal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;

/**
 * A line written by a logger: Python {@code logging} ({@code ERROR:root:msg}, {@code 2026-12-06 10:00:01,5 ERROR app: msg},
 * {@code ... - app - ERROR - msg}), bracketed levels ({@code [ERROR] msg}) and JSON log lines
 * ({@code {"level": "error", "message": ..., "exception": ...}}). Only the level and the text are read;
 * what the text says is parsed like any other error text.
 */
record LogLine(String level, String text, boolean json) {
    /**
     * Made at the first JSON line, not when a plain line is first read: an ObjectMapper costs 150-250 ms at a cold
     * start (Jackson databind's classes), which a {@code cat: x: No such file or directory} paid (session 13, cold4).
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
    private static final Set<String> LEVELS = Set.of("CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG",
            "NOTICE", "SEVERE", "TRACE", "ALERT", "EMERG");
    /** Levels that state no failure, read in lower case as the first word of a line ("warn: ...", "info: ..."). */
    private static final Set<String> QUIET = Set.of("warn", "warning", "info", "debug", "notice", "trace");
    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile("^\\[?(\\d{4}-\\d\\d-\\d\\d|\\d\\d:\\d\\d:\\d\\d)");
    private static final String[] LEVEL_FIELDS = {"level", "levelname", "severity", "lvl", "log.level", "loglevel"};
    private static final String[] MESSAGE_FIELDS = {"message", "msg", "event", "error_message"};
    private static final String[] EXCEPTION_FIELDS = {"exception", "exc", "exc_info", "exc_text", "stack_trace", "stack", "traceback", "error", "err"};

    /** The log line in {@code line} (stripped), or null when it is not one. */
    static LogLine of(String line) {
        if (line.startsWith("{") && line.endsWith("}")) return json(line);
        if (line.indexOf('=') > 0) {
            LogLine kv = logfmt(line);
            if (kv != null) return kv;
        }
        int colon = line.indexOf(':');
        if (colon > 0 && colon < 9 && LEVELS.contains(line.substring(0, colon)) && line.length() > colon + 1
                && line.charAt(colon + 1) != ' ') {
            // logging.basicConfig: LEVEL:logger:message
            String rest = line.substring(colon + 1);
            int second = rest.indexOf(':');
            return new LogLine(norm(line.substring(0, colon)), second >= 0 ? rest.substring(second + 1).strip() : rest, false);
        }
        String[] words = line.split(" ", 8);
        boolean stamped = !line.isEmpty() && (Character.isDigit(line.charAt(0)) || line.charAt(0) == '[');
        for (int i = 0; i < Math.min(words.length - 1, 6); i++) {
            String w = words[i];
            String bare = w.replace("[", "").replace("]", "").replace(":", "");
            // after a timestamp, winston's lower-case level and its colon too ("2026-12-07T11:36:12.042Z error: ..."); not
            // a count ("1 error in 0.12s"); a lower-case level in brackets anywhere in the first words ("[warn] x")
            boolean lower = bare.equals(bare.toLowerCase(Locale.ROOT)) && LEVELS.contains(bare.toUpperCase(Locale.ROOT));
            // winston's simple format without a timestamp, "warn: upload failed: connect ECONNREFUSED ..., retrying": a quiet
            // level first (an "error:" first stays a tool's own message, as git's and many tools' are)
            boolean simple = lower && i == 0 && w.endsWith(":") && w.length() > 1 && QUIET.contains(bare);
            if (!LEVELS.contains(bare) && !(lower && i > 0 && w.endsWith(":") && TIMESTAMP.matcher(words[0]).find())
                    && !(lower && w.startsWith("[") && w.endsWith("]")) && !simple) continue;   // or bracketed: "[warn] ..."
            // "WARN db: retrying" / "ERROR sync: giving up": a bare level word first, then the logger, is a log line
            // ("ERROR: relation x does not exist", the word itself ending in a colon, stays the tool's own message)
            boolean bareWord = i == 0 && w.equals(bare) && words.length > 1;
            if (!(stamped || w.startsWith("[") || i == 0 && w.endsWith("]") || bareWord || simple)) return null;
            int at = line.indexOf(w) + w.length();
            return new LogLine(norm(bare), withTrailingError(skipLogger(line.substring(at))), false);
        }
        return null;
    }

    /**
     * A logfmt line ({@code time=... level=error msg="db connect failed" err="connect ECONNREFUSED 127.0.0.1:5432"}:
     * logrus's text format, go-kit, python and Node logfmt formatters): every word a {@code key=value}, a value quoted
     * with backslash escapes when it holds spaces. Read as a JSON log line's fields are: the level, the error field
     * (a whole traceback or stack when the program put one there, its newlines escaped), else the message. Null unless
     * the line has a level key and a message or error key and nothing but pairs (prose with one {@code a=b} stays prose).
     */
    private static LogLine logfmt(String line) {
        if (line.length() > 16_000 || !(line.contains("level=") || line.contains("lvl=") || line.contains("severity="))) return null;
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') i++;
            if (i >= n) break;
            int eq = i;
            while (eq < n && line.charAt(eq) != '=' && line.charAt(eq) != ' ' && line.charAt(eq) != '"') eq++;
            if (eq == i || eq >= n || line.charAt(eq) != '=') return null;   // a word that is no key=value: not logfmt
            String key = line.substring(i, eq).toLowerCase(Locale.ROOT);
            int v = eq + 1;
            StringBuilder value = new StringBuilder();
            if (v < n && line.charAt(v) == '"') {
                int j = v + 1;
                for (; j < n && line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\' && j + 1 < n) {
                        char x = line.charAt(++j);
                        value.append(x == 'n' ? '\n' : x == 't' ? '\t' : x == 'r' ? '\r' : x);
                    } else {
                        value.append(c);
                    }
                }
                if (j >= n) return null;   // an unclosed quote
                i = j + 1;
            } else {
                int j = v;
                while (j < n && line.charAt(j) != ' ') j++;
                value.append(line, v, j);
                i = j;
            }
            kv.putIfAbsent(key, value.toString());
        }
        String level = kv.containsKey("level") ? kv.get("level") : kv.containsKey("lvl") ? kv.get("lvl") : kv.get("severity");
        if (level == null || level.isEmpty() || !LEVELS.contains(level.toUpperCase(Locale.ROOT)) && !level.equalsIgnoreCase("err")
                && !level.equalsIgnoreCase("crit")) return null;
        String error = null;
        for (String f : LOGFMT_ERROR_FIELDS) {
            String e = kv.get(f);
            if (e != null && !e.isBlank()) {
                error = e;
                break;
            }
        }
        String message = kv.containsKey("msg") ? kv.get("msg") : kv.get("message");
        if (error == null && message == null) return null;
        String text = error != null ? error : message;
        return new LogLine(norm(level), text, true);
    }

    private static final String[] LOGFMT_ERROR_FIELDS = {"err", "error", "exception", "exc_info", "exc", "stack", "stacktrace",
            "traceback", "error_message", "cause"};

    /** Drops separators and a {@code name:} / {@code name -} logger field before the message. */
    private static String skipLogger(String s) {
        String r = s.strip();
        while (r.startsWith("-") || r.startsWith(":") || r.startsWith("|")) r = r.substring(1).strip();
        int sp = r.indexOf(' ');
        if (sp > 0 && (r.charAt(sp - 1) == ':' || r.startsWith("- ", sp + 1)) && Names.isDottedName(r.substring(0, r.charAt(sp - 1) == ':' ? sp - 1 : sp))
                && !r.substring(0, sp).endsWith("Error:") && !r.substring(0, sp).endsWith("Exception:")) {
            r = r.substring(sp + 1).strip();
            if (r.startsWith("- ")) r = r.substring(2);
        }
        return r;
    }

    private static LogLine json(String line) {
        JsonNode n;
        try {
            n = Mapper.JSON.readTree(line);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        if (n == null || !n.isObject()) return null;
        String level = null;
        for (String f : LEVEL_FIELDS) {
            JsonNode v = n.get(f);
            if (v == null) continue;
            level = v.isNumber() ? pinoLevel(v.asInt()) : norm(v.asText());
            break;
        }
        String exception = null;
        for (String f : EXCEPTION_FIELDS) {
            JsonNode v = n.get(f);
            if (v == null || v.isNull() || v.isBoolean()) continue;
            exception = v.isObject() ? objectError(v) : v.asText();
            if (exception != null && !exception.isBlank()) break;
        }
        String message = null;
        for (String f : MESSAGE_FIELDS) {
            if (n.hasNonNull(f)) {
                message = n.get(f).asText();
                break;
            }
        }
        if (level == null && exception == null) return null;
        String text = exception != null && !exception.isBlank() ? exception : message;
        if (text != null && text == message) text += closeFields(n) + errnoFields(n);
        return text == null ? null : new LogLine(level, text, true);
    }

    /**
     * A text log line whose message ends with its metadata as JSON (winston's and many loggers' default format:
     * {@code converter could not start {"code":"EACCES","syscall":"spawn ./bin/convert","path":"./bin/convert"}}): the
     * words, then the error the object holds as a JSON log line's would be read; the message as it is otherwise.
     */
    private static String withTrailingError(String message) {
        if (!message.endsWith("}") || message.length() > 4000) return message;
        for (int brace = message.indexOf(" {"); brace >= 0; brace = message.indexOf(" {", brace + 1)) {
            JsonNode n;
            try {
                n = Mapper.JSON.readTree(message.substring(brace + 1));
            } catch (java.io.IOException | RuntimeException e) {
                continue;
            }
            if (n == null || !n.isObject()) return message;
            String error = null;
            for (String f : EXCEPTION_FIELDS) {
                JsonNode v = n.get(f);
                if (v != null && v.isObject()) error = objectError(v);
                if (error != null && !error.isBlank()) break;
            }
            if (error == null) error = nodeSystemError(n);
            if (error == null) error = pythonOsError(n);
            return error == null || error.isBlank() ? message : message.substring(0, brace) + ": " + error;
        }
        return message;
    }

    private static final String[] CLOSE_CODE_FIELDS = {"close_code", "closeCode", "code"};

    /**
     * {@code {"msg": "queue socket closed", "code": 1013, "reason": "try again later"}}: a message about a close whose
     * code (1000..4999) and reason are fields of their own, stated as {@code " (code=1013 reason=...)"}; else "".
     */
    private static String closeFields(JsonNode n) {
        for (String f : CLOSE_CODE_FIELDS) {
            JsonNode v = n.get(f);
            if (v == null || !v.canConvertToInt() || v.asInt() < 1000 || v.asInt() > 4999) continue;
            JsonNode r = n.get("reason");
            String reason = r != null && r.isTextual() && r.asText().length() <= 200 ? " reason=" + r.asText() : "";
            return " (code=" + v.asInt() + reason + ")";
        }
        return "";
    }

    /**
     * {@code {"msg": "open failed", "path": "/app/uploads/a.png", "code": "ENOENT"}}: err.path and err.code of a Node
     * system error logged as fields of their own, stated as {@code ": /app/uploads/a.png: ENOENT"}; else "".
     */
    private static String errnoFields(JsonNode n) {
        JsonNode c = n.get("code");
        JsonNode p = n.get("path");
        if (c == null || p == null || !c.isTextual() || !p.isTextual() || !Errnos.isCode(c.asText())) return "";
        String path = p.asText();
        return path.isBlank() || path.length() > 1000 || path.indexOf('\n') >= 0 ? "" : ": " + path + ": " + c.asText();
    }

    /**
     * {@code {"type": T, "message": M, "stack": S}}: the stack when it holds the error, else its {@code cause} when the
     * program logged one (undici's "fetch failed" and its "connect ECONNREFUSED ..."), else {@code T: M}.
     */
    private static String objectError(JsonNode v) {
        return objectError(v, 3);
    }

    private static String objectError(JsonNode v, int depth) {
        String stack = v.hasNonNull("stack") ? v.get("stack").asText() : null;
        if (stack != null && !stack.isBlank()) return stack;
        JsonNode cause = v.get("cause");
        if (depth > 0 && cause != null && cause.isObject()) {
            String inner = objectError(cause, depth - 1);
            if (inner != null && !inner.isBlank()) return inner;
        }
        if (cause != null && cause.isTextual() && !cause.asText().isBlank()) return cause.asText();
        if (!v.hasNonNull("message")) {
            String system = nodeSystemError(v);
            if (system == null) system = pythonOsError(v);
            if (system != null) return system;
        }
        String type = v.hasNonNull("type") ? v.get("type").asText() : v.hasNonNull("name") ? v.get("name").asText() : null;
        String msg = v.hasNonNull("message") ? v.get("message").asText() : null;
        if (msg == null) return type;
        return type == null ? msg : type + ": " + msg;
    }

    /**
     * A Node system error serialized with JSON.stringify, which drops its message and stack ({@code {"code": "ENOENT",
     * "syscall": "open", "path": "x"}}, {@code {"code": "ECONNREFUSED", "syscall": "connect", "address": "h", "port": 5}}):
     * the message Node would have printed ({@code ENOENT: no such file or directory, open 'x'}, {@code connect
     * ECONNREFUSED h:5}); null for any other object.
     */
    private static String nodeSystemError(JsonNode v) {
        String code = v.path("code").asText(null);
        String syscall = v.path("syscall").asText(null);
        // a child process's: {"syscall": "spawn ./bin/convert", "path": "./bin/convert"}, which Node prints "spawn ./bin/convert EACCES"
        boolean spawn = syscall != null && syscall.startsWith("spawn ") && syscall.length() <= 1000 && syscall.indexOf('\n') < 0;
        if (!Errnos.isCode(code) || syscall == null || !(Names.isIdentifier(syscall) || spawn)) return null;
        if (spawn) return syscall + " " + code;
        String address = v.path("address").asText(null);
        if (address != null) return syscall + " " + code + " " + address + (v.hasNonNull("port") ? ":" + v.get("port").asText() : "");
        String path = v.path("path").asText(null);
        String text = Errnos.text(code);
        if (path == null || text == null || path.indexOf('\'') >= 0) return null;
        String dest = v.path("dest").asText(null);
        return code + ": " + text + ", " + syscall + " '" + path + "'" + (dest != null && dest.indexOf('\'') < 0 ? " -> '" + dest + "'" : "");
    }

    /**
     * A Python OSError logged by its attributes ({@code {"type": "FileNotFoundError", "errno": 2, "strerror": "No such
     * file or directory", "filename": "x"}}): the line Python prints for it ({@code FileNotFoundError: [Errno 2] No such
     * file or directory: 'x'}); null for any other object.
     */
    private static String pythonOsError(JsonNode v) {
        JsonNode errno = v.get("errno");
        JsonNode strerror = v.get("strerror");
        if (errno == null || !errno.canConvertToInt() || strerror == null || !strerror.isTextual() || strerror.asText().length() > 200) return null;
        String type = v.hasNonNull("type") ? v.get("type").asText() : v.hasNonNull("name") ? v.get("name").asText() : "OSError";
        if (!Names.isIdentifier(type)) return null;
        String text = type + ": [Errno " + errno.asInt() + "] " + strerror.asText();
        String file = v.path("filename").asText(null);
        return file == null || file.isBlank() || file.length() > 1000 || file.indexOf('\'') >= 0 || file.indexOf('\n') >= 0
                ? text : text + ": '" + file + "'";
    }

    private static String pinoLevel(int n) {
        return n >= 60 ? "critical" : n >= 50 ? "error" : n >= 40 ? "warning" : n >= 30 ? "info" : "debug";
    }

    static String norm(String level) {
        String l = level.strip().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "warn" -> "warning";
            case "fatal", "severe", "emerg", "alert", "crit" -> "critical";
            case "err" -> "error";
            default -> l;
        };
    }

    /**
     * Line {@code i} is a row of data a program printed, not a logger's entry: a JSON object without a level field, next
     * to another such object with the same keys ({@code {"id": 7, "state": "open", "error": "ModuleNotFoundError: ..."}}
     * listed by a triage script, a job checker's failed jobs). The error texts in its fields happened elsewhere; a logger
     * writes its level on every line, and a CLI's one-line {@code {"error": "..."}} has no such neighbour.
     */
    static boolean dataRow(Lines lines, int i) {
        String line = lines.stripped(i);
        if (!objectLine(line)) return false;
        java.util.Set<String> keys = null;   // parsed once, when a neighbour is an object line too
        for (int k : new int[] {i - 1, i + 1}) {
            if (k < 0 || k >= lines.size() || !objectLine(lines.stripped(k))) continue;
            if (keys == null && (keys = keysWithoutLevel(line)) == null) return false;
            if (keys.equals(keysWithoutLevel(lines.stripped(k)))) return true;
        }
        return false;
    }

    /** The lines with every data row ({@link #dataRow}) made empty: the errors they quote are no detail of this run. */
    static Lines withoutDataRows(Lines lines) {
        boolean[] rows = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!dataRow(lines, i)) continue;
            if (rows == null) rows = new boolean[lines.size()];
            rows[i] = true;
        }
        return rows == null ? lines : lines.blanked(rows);
    }

    private static boolean objectLine(String s) {
        return s.length() > 2 && s.length() <= 16_000 && s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}'
                && !s.contains("level\"") && !s.contains("\"severity\"") && !s.contains("\"lvl\"");   // a logger's line: no parse
    }

    /** The keys of a JSON object line that has no level field; null for a logger's line or no object. */
    private static java.util.Set<String> keysWithoutLevel(String s) {
        JsonNode n;
        try {
            n = Mapper.JSON.readTree(s);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        if (n == null || !n.isObject()) return null;
        for (String f : LEVEL_FIELDS) {
            if (n.has(f)) return null;
        }
        java.util.Set<String> keys = new java.util.TreeSet<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
