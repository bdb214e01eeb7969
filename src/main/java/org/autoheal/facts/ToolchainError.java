package org.autoheal.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One failure of a toolchain, as parsed from its output. Parsers fill it; rules match on it.
 * Every field may be null: parsing extracts what the text states and never guesses a cause.
 * All strings come from untrusted output and are bounded by the parser.
 */
public final class ToolchainError {
    private String tool;
    private String language = "unknown";   // python, node, java, shell, unknown
    private Integer exitCode;
    private String type;                    // exception type as printed, e.g. json.decoder.JSONDecodeError
    private final Set<String> types = new LinkedHashSet<>(); // every type in the chain, full and simple names
    private String message;                 // message of the last (outermost) error
    private String file;                    // file of the innermost user frame, or of a SyntaxError
    private Integer line;
    private Integer column;
    private Integer errno;
    private String code;                    // symbolic code: ECONNREFUSED, ERR_MODULE_NOT_FOUND, EACCES, ...
    private String module;
    private final List<String> otherModules = new ArrayList<>();
    private String path;
    private String host;
    private Integer port;
    private String url;
    private String name;
    private String fromModule;
    private Integer httpStatus;
    private String syscall;                 // the failed operation: open, exec, spawn, connect, ...
    private String mode;                    // read or write, for file operations
    private String codeLine;                // the source line shown under the failing frame
    private String jsonFile;
    private final List<String> mentionedFiles = new ArrayList<>();
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<String> chain = new ArrayList<>(); // "Type: message" of earlier errors in the chain
    private String command;                 // the command line that failed, if known
    private String raw = "";                // the bounded text that was parsed
    // evidence: where in the output this signal is and what printed it (see docs/rules.md, "Evidence")
    private String origin = "bare";         // traceback, chained, log, json_log, child, wrapper, test_runner, summary, tool_message, caused_by, uncaught, bare
    private int position;                   // 1-based line of the signal in the output (its last line)
    private int index;                      // order among the signals of one output, 0-based
    private String level;                   // log level for log and json_log signals: error, warning, info, ...
    private String excerpt;                 // the signal's own line(s), bounded
    private List<ToolchainError> evidence = List.of(); // every signal of the output (on the parsed fact)
    private Knowledge tables;               // the tables (rules/data) of the rule base deciding: set when inserted
    private KnownCauses known;              // what those tables say the types and code mean; read once, reset when they change

    /** The causes {@code from} gives this fact's types and code (final fields: safe to share). */
    private record KnownCauses(Knowledge from, String ofType, String ofCode) {
    }

    public ToolchainError() {
    }

    public static ToolchainError of(String tool, String raw) {
        ToolchainError e = new ToolchainError();
        e.tool = tool;
        e.raw = raw == null ? "" : raw;
        return e;
    }

    /** True when the exception type or any type in the chain has this full or simple name. */
    public boolean is(String typeName) {
        return types.contains(typeName);
    }

    /**
     * True when the message starts with the text. Rules use this instead of {@code str[startsWith]}: Drools 10.2
     * cannot JIT-compile a constraint with an operator such as {@code str} (see RuleCompiler, constraint JIT).
     */
    public boolean messageStartsWith(String prefix) {
        return getMessage().startsWith(prefix);
    }

    /** True when nothing but blank lines follows this signal's line (1-based {@link #getPosition}) in the output: the
     *  program's last words. */
    public boolean endsTheOutput() {
        String[] lines = raw.split("\n", -1);
        for (int i = position; i < lines.length; i++) {
            if (!lines[i].isBlank()) return false;
        }
        return position >= 1 && position <= lines.length;
    }

    /** True when the raw output contains the text (plain substring, no regex). */
    public boolean mentions(String text) {
        return raw.contains(text);
    }

    public boolean hasScheme(String scheme) {
        return url != null && url.regionMatches(true, 0, scheme + "://", 0, scheme.length() + 3);
    }

    /** {@code fromModule.name}, the dotted name an ImportError could not import; null when unknown. */
    public String getImportedName() {
        return fromModule == null || name == null ? null : fromModule + "." + name;
    }

    /**
     * The folder from which a module with relative imports must be run as a package:
     * the parent of the folder holding {@link #getFile()} ({@code tools/pkg/runner.py} → {@code tools}).
     */
    public String getPackageDir() {
        if (file == null) return null;
        String[] parts = file.split("/");
        return parts.length >= 3 ? String.join("/", java.util.Arrays.copyOf(parts, parts.length - 2)) : ".";
    }

    /** The folder part of {@link #getPath()}, or null when the path has none. */
    public String getParentDir() {
        if (path == null) return null;
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash > 0 ? p.substring(0, slash) : null;
    }

    public void addType(String t) {
        if (t == null || t.isBlank()) return;
        known = null;
        types.add(t);
        int dot = t.lastIndexOf('.');
        if (dot >= 0 && dot < t.length() - 1) types.add(t.substring(dot + 1));
    }

    public String detail(String key) { return details.get(key); }

    /**
     * The cause rules/data gives the first of {@link #getTypes()} it knows ({@code known.causeOfType(types)}), looked
     * up once per fact: rules test {@code typeCause == "connection"}, a field read instead of an interpreted global call.
     */
    public String getTypeCause() { return knownCauses().ofType(); }

    /** The cause rules/data gives {@link #getCode()} ({@code known.causeOfCode(code)}), looked up once per fact. */
    public String getCodeCause() { return knownCauses().ofCode(); }

    /**
     * Looks {@link #getTypeCause()} and {@link #getCodeCause()} up in these tables: those of the rule base that
     * decides, which inserts the fact (a home's own {@code rules/data}, else the jar's). Without tables both are null.
     */
    public void useKnowledge(Knowledge tables) {
        this.tables = tables;
    }

    /** What the tables say, the code first: {@link #getCodeCause()} when it is known, else {@link #getTypeCause()}. */
    public String getKnownCause() {
        KnownCauses k = knownCauses();
        return k.ofCode() != null ? k.ofCode() : k.ofType();
    }

    private KnownCauses knownCauses() {
        KnownCauses k = known;
        Knowledge from = tables;
        if (k == null || k.from() != from) {
            k = from == null ? new KnownCauses(null, null, null)
                    : new KnownCauses(from, from.causeOfType(types), from.causeOfCode(code));
            known = k;
        }
        return k;
    }

    /** True when the program said it retries this error (the parser's detail {@code retry}). */
    public boolean isRetried() { return details.containsKey("retry"); }

    public void putDetail(String key, String value) {
        if (value != null) details.putIfAbsent(key, value);
    }

    public String getTool() { return tool; }
    public void setTool(String tool) { this.tool = tool; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Integer getExitCode() { return exitCode; }
    public void setExitCode(Integer exitCode) { this.exitCode = exitCode; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; addType(type); }
    public Set<String> getTypes() { return Collections.unmodifiableSet(types); }
    /** Never null: rules can test the message without guarding against null. */
    public String getMessage() { return message == null ? "" : message; }
    public void setMessage(String message) { this.message = message; }
    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }
    public Integer getLine() { return line; }
    public void setLine(Integer line) { this.line = line; }
    public Integer getColumn() { return column; }
    public void setColumn(Integer column) { this.column = column; }
    public Integer getErrno() { return errno; }
    public void setErrno(Integer errno) { this.errno = errno; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; this.known = null; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public List<String> getOtherModules() { return otherModules; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFromModule() { return fromModule; }
    public void setFromModule(String fromModule) { this.fromModule = fromModule; }
    public Integer getHttpStatus() { return httpStatus; }
    public void setHttpStatus(Integer httpStatus) { this.httpStatus = httpStatus; }
    public String getSyscall() { return syscall; }
    public void setSyscall(String syscall) { this.syscall = syscall; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getCodeLine() { return codeLine; }
    public void setCodeLine(String codeLine) { this.codeLine = codeLine; }
    public String getJsonFile() { return jsonFile; }
    public void setJsonFile(String jsonFile) { this.jsonFile = jsonFile; }
    public List<String> getMentionedFiles() { return mentionedFiles; }
    public Map<String, String> getDetails() { return details; }
    public List<String> getChain() { return chain; }
    public String getCommand() { return command; }
    public void setCommand(String command) { this.command = command; }
    public String getRaw() { return raw; }
    public void setRaw(String raw) { this.raw = raw == null ? "" : raw; }

    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin == null ? "bare" : origin; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    /** The signal's own text; the whole output when the parser did not cut one out. */
    public String getExcerpt() { return excerpt == null ? raw : excerpt; }
    public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
    /** True when the signal's own text contains this (plain substring): unlike {@link #mentions}, not the whole output. */
    public boolean says(String text) { return getExcerpt().contains(text); }

    /**
     * Every error signal found in the output, in order of position, this fact among them; the engine
     * inserts them all. A fact built by hand (no parser) has none, and is inserted alone.
     */
    public List<ToolchainError> getEvidence() { return evidence.isEmpty() ? List.of(this) : evidence; }
    public void setEvidence(List<ToolchainError> evidence) { this.evidence = List.copyOf(evidence); }

    @Override
    public String toString() {
        return "ToolchainError[" + (tool == null ? "" : tool + ": ") + (type == null ? "?" : type)
                + (message == null ? "" : ": " + abbreviate(message, 120)) + "]";
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
