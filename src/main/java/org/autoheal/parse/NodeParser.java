package org.autoheal.parse;

import java.util.List;

import org.autoheal.facts.ToolchainError;

/**
 * Node.js uncaught errors: the optional source pointer ({@code file:line}, code, caret), the
 * {@code Name [CODE]: message} line, {@code at} frames and the {@code { errno, code, syscall, ... }}
 * property block.
 */
final class NodeParser implements LanguageParser {

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        if (!hasNodeEvidence(lines)) return orTail(tap(lines, input), lines);
        int at = errorLine(lines);
        if (at < 0) return orTail(tap(lines, input), lines);
        NodeError head = NodeError.head(lines.get(at));
        ToolchainError e = new ToolchainError();
        e.setLanguage("node");
        Caps.setType(e, head.printed());
        Caps.type(e, head.name());
        e.setMessage(head.message());
        NodeBlock block = NodeBlock.read(lines, at);
        for (NodeError cause : block.causes) {
            Caps.type(e, cause.name());
            Caps.add(e.getChain(), cause.message() == null ? cause.printed() : cause.printed() + ": " + cause.message());
        }
        NodeError.fill(e, head, block);
        if (at + 1 < lines.size()) NodeError.didYouMean(e, lines.get(at + 1));
        location(e, lines, at, block.end, head);
        // a program's error whose [cause] is a SyntaxError of another file (a required plugin): that file's pointer
        if (block.syntaxAt != null && !"SyntaxError".equals(head.name()) && isUser(block.syntaxAt[0])) set(e, block.syntaxAt);
        if (e.getMode() == null && writes(e.getCodeLine())) e.setMode("write");
        e.setOrigin("uncaught");
        raisedIn(e, lines, at, block.end);
        if (block.emitter != null) Caps.detail(e, "emitter", block.emitter);
        jsonFileOfSyntaxError(e, head);
        String entry = entryScript(input);
        if (entry != null) Caps.detail(e, "entry", entry);
        return new ParseResult(e, at, block.end);
    }

    private static ParseResult orTail(ParseResult found, Lines lines) {
        return found != null ? found : propertyTail(lines);
    }

    /**
     * The end of a Node crash pasted without its message line: the property block Node prints under an errno or
     * module error ({@code code: 'ECONNREFUSED'}, {@code syscall}, {@code address}, {@code port}, {@code path}) and its
     * closing brace, often followed by {@code Node.js v20}. Read as the error those properties state; the block's own
     * lines are the message. Only a {@code code} that is an errno name, MODULE_NOT_FOUND or an ERR_ code counts.
     */
    static ParseResult propertyTail(Lines lines) {
        int close = -1;
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 8; i--) {
            if (lines.get(i).equals("}")) {
                close = i;
                break;
            }
        }
        if (close < 1) return null;
        int first = close;
        while (first > 0 && Lines.indent(lines.get(first - 1)) >= 2 && !isFrame(lines.get(first - 1))
                && close - first < 40) first--;
        if (first == close) return null;
        StringBuilder block = new StringBuilder("Error {\n");
        StringBuilder message = new StringBuilder();
        for (int i = first; i <= close; i++) {
            block.append(lines.get(i)).append('\n');
            if (i < close && Lines.indent(lines.get(i)) == 2) message.append(message.length() == 0 ? "" : " ").append(lines.stripped(i));
        }
        NodeBlock b = NodeBlock.read(Lines.of(block.toString()), 0);
        String code = b.props.get("code");
        if (code == null || !(Errnos.isCode(code) || code.equals("ENOTFOUND") || code.equals("MODULE_NOT_FOUND")
                || code.startsWith("ERR_") && Names.isIdentifier(code))) return null;
        ToolchainError e = new ToolchainError();
        e.setLanguage("node");
        e.setMessage(message.toString());
        NodeError.fill(e, new NodeError("Error", null, null), b);
        e.setOrigin("uncaught");
        int end = close;
        if (lines.stripped(end + 1).isEmpty() && lines.stripped(end + 2).startsWith("Node.js v")) end += 2;
        else if (lines.stripped(end + 1).startsWith("Node.js v")) end += 1;
        return new ParseResult(e, first, end);
    }

    private static boolean hasNodeEvidence(Lines lines) {
        for (String line : lines.all()) {
            if (line.startsWith("Node.js v") || line.startsWith("node:")) return true;
            if (isFrame(line) && (line.contains("(node:") || line.contains("at node:") || line.contains("file://"))) return true;
            if (line.strip().startsWith(NodeBlock.ERRORS)) return true;
        }
        return false;
    }

    /** The last unindented {@code Name: message} line followed by frames or by the Node.js version line. */
    private static int errorLine(Lines lines) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (NodeError.head(lines.get(i)) == null) continue;
            // console.error(aggregateError): "[AggregateError: All promises were rejected] {" then "  [errors]: ["
            if (lines.get(i).endsWith(" {") && lines.stripped(i + 1).startsWith(NodeBlock.ERRORS)) {
                found = i;
                continue;
            }
            for (int k = i + 1; k < Math.min(lines.size(), i + 40); k++) {
                String next = lines.get(k);
                if (isFrame(next) || next.startsWith("Node.js v")) {
                    found = i;
                    break;
                }
                if (NodeError.head(next) != null) break;
            }
        }
        return found;
    }

    /**
     * {@code node --test} (TAP): a {@code not ok} test whose YAML block states the error it failed with
     * ({@code error: 'connect ECONNREFUSED 127.0.0.1:5432'}, {@code code: 'ECONNREFUSED'}). The last one is the
     * signal, read like an uncaught error; an assertion's failure states ERR_ASSERTION, which no rule diagnoses.
     */
    private static ParseResult tap(Lines lines, ErrorInput input) {
        ParseResult found = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.stripped(i).startsWith("not ok ")) continue;
            String error = null;
            String code = null;
            String location = null;
            String name = null;
            int end = i;
            for (int k = i + 1; k < Math.min(lines.size(), i + 200); k++) {
                String t = lines.stripped(k);
                end = k;
                if (t.equals("...") || t.startsWith("not ok ") || t.startsWith("ok ")) break;
                if (t.startsWith("error: ")) {
                    error = yamlScalar(t.substring(7));
                    // "error: |-" then the message's lines, indented below the key (a message with a line break)
                    if (error == null) error = yamlBlock(lines, k);
                } else if (t.startsWith("code: ")) code = yamlScalar(t.substring(6));
                else if (t.startsWith("name: ")) name = yamlScalar(t.substring(6));
                else if (t.startsWith("location: ")) location = yamlScalar(t.substring(10));
            }
            // an AggregateError of refused connections has an empty message: its code (ECONNREFUSED) states it
            boolean systemCode = code != null && code.length() > 2 && code.charAt(0) == 'E' && !code.startsWith("ERR_") && Names.isIdentifier(code);
            if (error == null || error.isEmpty() && !systemCode) continue;
            ToolchainError e = new ToolchainError();
            e.setLanguage("node");
            // the error's class as the runner states it (name: 'SyntaxError'); ERR_TEST_FAILURE is the runner's own code
            String type = name != null && Names.isIdentifier(name) && (name.endsWith("Error") || name.endsWith("Exception")) ? name : "Error";
            if ("ERR_TEST_FAILURE".equals(code) && !type.equals("Error")) code = null;
            NodeError head = new NodeError(type, code != null && Names.isIdentifier(code) ? code : null, error);
            Caps.setType(e, head.printed());
            Caps.type(e, head.name());
            e.setMessage(error);
            NodeError.fill(e, head, NodeBlock.read(Lines.of(head.printed() + ": " + error), 0));
            String[] loc = location == null ? null : splitLocation(location);
            if (loc != null && isUser(loc[0])) set(e, loc);
            e.setOrigin("test_runner");
            String entry = entryScript(input);
            if (entry != null) Caps.detail(e, "entry", entry);
            found = new ParseResult(e, i, end);
        }
        return found;
    }

    /** The lines of a YAML block scalar ({@code key: |-}) at line {@code at}: those indented deeper than the key, joined. */
    private static String yamlBlock(Lines lines, int at) {
        int keyIndent = Lines.indent(lines.get(at));
        StringBuilder b = new StringBuilder();
        int indent = -1;
        for (int k = at + 1; k < Math.min(lines.size(), at + 40); k++) {
            String l = lines.get(k);
            if (l.isBlank() || Lines.indent(l) <= keyIndent) break;
            if (indent < 0) indent = Lines.indent(l);
            if (b.length() > 0) b.append('\n');
            b.append(l.substring(Math.min(indent, Lines.indent(l))));
            if (b.length() > 2000) break;
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** A one-line YAML scalar: {@code 'text'} (with '' for a quote), {@code "text"} or bare; null for a block scalar. */
    private static String yamlScalar(String v) {
        String t = v.strip();
        if (t.startsWith("|") || t.startsWith(">")) return null;
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) return t.substring(1, t.length() - 1).replace("''", "'");
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) return t.substring(1, t.length() - 1);
        return t;
    }

    /**
     * The script node was asked to run ({@code node [options] app.mjs}): errors raised while linking ES modules
     * (an import attribute missing, a folder imported) name no frame of the program, and the entry is where to look.
     */
    static String entryScript(ErrorInput input) {
        List<String> argv = input == null ? null : input.command();
        if (argv == null || argv.isEmpty()) return null;
        String prog = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        if (!prog.equals("node") && !prog.equals("nodejs")) return null;
        for (int i = 1; i < Math.min(argv.size(), 32); i++) {
            String a = argv.get(i);
            if (a.equals("-r") || a.equals("--require") || a.equals("--import") || a.equals("--loader")) {
                i++;
                continue;
            }
            if (a.startsWith("-")) continue;
            return (a.endsWith(".js") || a.endsWith(".mjs") || a.endsWith(".cjs")) && Names.isPrintedPath(a) ? a : null;
        }
        return null;
    }

    /**
     * The package whose code threw or emitted the error: the first frame under node_modules or a system package
     * folder, before any frame of the program itself (Node's own {@code node:} frames are passed over).
     */
    private static void raisedIn(ToolchainError e, Lines lines, int at, int end) {
        for (int i = at + 1; i <= end; i++) {
            String line = lines.get(i);
            if (!isFrame(line)) continue;
            String pkg = libraryPackage(line);
            if (pkg != null) {
                Caps.detail(e, "raised_in", pkg);
                return;
            }
            String frame = line.strip();
            String[] loc = frame.length() > 3 ? frameLocation(frame.substring(3)) : null;
            if (loc != null && isUser(loc[0])) return;
        }
    }

    /** {@code SyntaxError: /app/cfg/settings.json: Unexpected token ...}: a JSON module or require() of a .json file. */
    static void jsonFileOfSyntaxError(ToolchainError e, NodeError head) {
        String msg = head.message();
        if (!"SyntaxError".equals(head.name()) || msg == null) return;
        int colon = msg.indexOf(": ");
        if (colon <= 0) return;
        String file = stripFileUrl(msg.substring(0, colon));
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json") && Names.isPrintedPath(file)) {
            e.setJsonFile(file);
            Caps.detail(e, "json_parse", "true");
        }
    }

    private static final String[] LIBRARY_DIRS = {"/node_modules/", "/usr/share/nodejs/", "/usr/lib/nodejs/"};

    /** {@code ws} from {@code .../node_modules/ws/lib/websocket.js} ({@code @scope/name} for scoped packages); null otherwise. */
    static String libraryPackage(String frame) {
        for (String dir : LIBRARY_DIRS) {
            int k = frame.lastIndexOf(dir);
            if (k < 0) continue;
            String rest = frame.substring(k + dir.length());
            String[] parts = rest.split("/", 3);
            if (parts.length < 2) return null;
            String pkg = parts[0].startsWith("@") && parts.length == 3 ? parts[0] + "/" + parts[1] : parts[0];
            return Names.isPackageSpecifier(pkg) ? pkg : null;
        }
        return null;
    }

    /** An fs call that writes: a missing folder in its path is what to create. */
    private static boolean writes(String code) {
        return code != null && (code.contains("writeFile") || code.contains("appendFile") || code.contains("createWriteStream"));
    }

    static boolean isFrame(String line) {
        return line.startsWith("    at ") || line.startsWith("\tat ");
    }

    /** File, line and column: SyntaxError source pointer, first user frame, "imported from", Require stack. */
    private static void location(ToolchainError e, Lines lines, int at, int end, NodeError head) {
        int pointer = sourcePointer(lines, at);
        String[] header = pointer < 0 ? null : pointerLocation(lines.get(pointer));
        boolean userHeader = header != null && isUser(header[0]);
        boolean caret = pointer >= 0 && PythonTraceback.isMarkerLine(lines.get(pointer + 2));
        if (userHeader && !lines.get(pointer + 1).isBlank()) e.setCodeLine(lines.get(pointer + 1).strip());
        if (userHeader && head.name().equals("SyntaxError")) {
            set(e, header);
            int col = caret ? lines.get(pointer + 2).indexOf('^') - Lines.indent(lines.get(pointer + 1)) : -1;
            if (col >= 0) e.setColumn(col + 1);
            return;
        }
        for (int i = at + 1; i <= end; i++) {
            String line = lines.get(i);
            if (!isFrame(line)) continue;
            if (line.contains(" JSON.parse ")) Caps.detail(e, "json_parse", "true");
            if (writes(line)) e.setMode("write");
            String frame = line.strip();
            String[] loc = frame.length() > 3 ? frameLocation(frame.substring(3)) : null;
            if (e.getFile() == null && loc != null && isUser(loc[0])) set(e, loc);
        }
        if (e.getFile() != null) return;
        String msg = head.message() == null ? "" : head.message();
        int imported = msg.indexOf(" imported from ");
        if (imported >= 0) e.setFile(stripFileUrl(msg.substring(imported + 15).strip()));
        for (int i = at + 1; e.getFile() == null && i < Math.min(end, at + 6); i++) {
            if (lines.get(i).equals("Require stack:") && lines.get(i + 1).startsWith("- ")) e.setFile(lines.get(i + 1).substring(2));
        }
        if (e.getFile() == null && userHeader) set(e, header);
    }

    /** The {@code file:line} line a few lines above the error (Node prints the source line and a caret under it). */
    private static int sourcePointer(Lines lines, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 6); i--) {
            String line = lines.get(i);
            if (!line.isEmpty() && line.charAt(0) != ' ' && splitLocation(line) != null) return i;
        }
        return -1;
    }

    /**
     * The pointer's {@code file:line}, also when the program printed it after its own words ("resize worker failed:
     * /app/workers/resize.js:2", a worker thread's error logged by the main thread): the path after the last ": ".
     */
    private static String[] pointerLocation(String line) {
        String[] loc = splitLocation(line);
        if (loc == null || loc[0].indexOf(' ') < 0) return loc;
        int colon = loc[0].lastIndexOf(": ");
        String file = colon < 0 ? null : loc[0].substring(colon + 2);
        if (file == null || file.indexOf(' ') >= 0 || !Names.looksLikeFile(file)) return loc;
        return new String[] {file, loc[1], loc[2]};
    }

    /** {@code fn (loc)}, {@code loc}, {@code async loc}, with a trailing {@code {} when a block follows. */
    private static String[] frameLocation(String frame) {
        String f = frame.endsWith(" {") ? frame.substring(0, frame.length() - 2) : frame;
        if (f.startsWith("async ")) f = f.substring(6);
        int open = f.lastIndexOf(" (");
        return splitLocation(open >= 0 && f.endsWith(")") ? f.substring(open + 2, f.length() - 1) : f);
    }

    /** {@code path:line[:column]} into {path, line, column-or-null}; null when it is not a location. */
    static String[] splitLocation(String loc) {
        String s = stripFileUrl(loc.strip());
        int last = s.lastIndexOf(':');
        if (last <= 0 || Names.number(s.substring(last + 1)) == null) return null;
        int prev = s.lastIndexOf(':', last - 1);
        if (prev > 0 && Names.number(s.substring(prev + 1, last)) != null) {
            return new String[] {s.substring(0, prev), s.substring(prev + 1, last), s.substring(last + 1)};
        }
        return new String[] {s.substring(0, last), s.substring(last + 1), null};
    }

    private static void set(ToolchainError e, String[] loc) {
        e.setFile(loc[0]);
        e.setLine(Names.number(loc[1]));
        e.setColumn(loc[2] == null ? null : Names.number(loc[2]));
    }

    static boolean isUser(String file) {
        return !(file.startsWith("node:") || file.startsWith("internal/") || file.startsWith("<") || file.startsWith("[")
                || file.equals("native") || file.contains("/node_modules/") || file.startsWith("/usr/share/nodejs/")
                || file.startsWith("/usr/lib/nodejs/") || file.indexOf(' ') >= 0);
    }

    static String stripFileUrl(String s) {
        return s.startsWith("file://") ? s.substring(7) : s;
    }
}
