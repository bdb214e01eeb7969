package org.autoheal.parse;

import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.PythonTraceback.Block;
import org.autoheal.parse.PythonTraceback.Frame;

/**
 * Python: tracebacks (chained, SyntaxError carets, errors raised in imported modules) and the
 * interpreter's own one-line messages ({@code python3: No module named x}, {@code can't open file}).
 */
final class PythonParser implements LanguageParser {
    private static final java.util.Set<String> WEBSOCKET_CALLS = java.util.Set.of("ws_connect", "_ws_connect", "connect_ws", "aconnect_ws");
    /** Errors about a file (EPERM, ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, EROFS): the failing line names it. */
    private static final java.util.Set<Integer> FILE_ERRNOS = java.util.Set.of(1, 2, 13, 17, 20, 21, 30);

    @Override
    public ParseResult parse(Lines lines, ErrorInput input) {
        List<ParseResult> all = parseAll(lines);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * Every traceback (one fact per chain, its blocks merged as before) and the interpreter's last
     * own message, in order of their last line; the earlier exceptions of each chain are added as
     * {@code chained} signals to {@code chained} when it is not null.
     */
    static List<ParseResult> parseAll(Lines lines, List<ParseResult> chained) {
        List<ParseResult> out = new java.util.ArrayList<>();
        for (List<Block> chain : PythonTraceback.readAll(lines)) {
            ToolchainError e = new ToolchainError();
            e.setLanguage("python");
            fillChain(e, chain);
            String simple = e.getType() == null ? "" : e.getType().substring(e.getType().lastIndexOf('.') + 1);
            e.setOrigin(simple.equals("CalledProcessError") ? "wrapper" : "traceback");
            out.add(new ParseResult(e, chain.get(0).start, chain.get(chain.size() - 1).end));
            for (int i = 0; chained != null && i < chain.size() - 1; i++) {
                Block b = chain.get(i);
                if (b.type == null) continue;
                ToolchainError c = new ToolchainError();
                c.setLanguage("python");
                c.setOrigin("chained");
                fillChain(c, List.of(b));
                chained.add(new ParseResult(c, b.start, b.end));
            }
        }
        for (ParseResult r : PytestBlocks.read(lines)) out.add(r);
        out.sort(java.util.Comparator.comparingInt(ParseResult::endLine));
        int said = interpreterLine(lines);
        if (said >= 0 && (out.isEmpty() || said > out.get(out.size() - 1).endLine())) {
            ToolchainError e = new ToolchainError();
            e.setLanguage("python");
            e.setOrigin("tool_message");
            interpreterMessage(e, lines.get(said).strip());
            out.add(new ParseResult(e, said));
        }
        return out;
    }

    private static List<ParseResult> parseAll(Lines lines) {
        return parseAll(lines, null);
    }

    private static void fillChain(ToolchainError e, List<Block> chain) {
        Block outer = chain.get(chain.size() - 1);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).type != null) {
                outer = chain.get(i);
                break;
            }
        }
        Caps.setType(e, outer.type);
        e.setMessage(outer.message);
        for (Block b : chain) {
            Caps.type(e, b.type);
            if (b != outer && b.type != null) Caps.add(e.getChain(), b.message == null ? b.type : b.type + ": " + b.message);
            if (b.repeated != null) Caps.detail(e, "repeated", b.repeated);
        }
        // the outermost error first, then its causes from the most recent back
        for (int i = chain.size() - 1; i >= 0; i--) {
            Block b = chain.get(i);
            if (b.type == null || b.message == null) continue;
            String shadow = PythonMessages.notAPackage(b.message);
            if (shadow != null) {
                // "No module named 'email.message'; 'email' is not a package": a module of that name exists (a local
                // email.py shadows the package), nothing is missing
                Caps.detail(e, "not_a_package", shadow);
                continue;
            }
            String module = PythonMessages.missingModule(b.message);
            String text = PythonMessages.missingModuleText(b.message);
            if (module == null && text != null && e.detail("module_text") == null) Caps.detail(e, "module_text", text);
            if (module != null && e.getModule() == null) e.setModule(module);
            else if (module != null && !module.equals(e.getModule())) Caps.add(e.getOtherModules(), module);
            PythonMessages.importName(e, b.message);
            PythonMessages.osError(e, b.message);
        }
        frame(e, outer, chain);
        raisedIn(e, outer);
        if (e.getSyscall() == null && e.getErrno() != null && (e.getErrno() == 13 || e.getErrno() == 2 || e.getErrno() == 8) && startsAProgram(outer)) {
            e.setSyscall("exec");
        }
    }

    /**
     * The installed package whose code raised the error: the innermost frame under site-packages or
     * dist-packages ({@code websocket} for {@code .../dist-packages/websocket/_socket.py}). Rules use it
     * to tell a WebSocket client's socket error from a plain connection's.
     */
    private static void raisedIn(ToolchainError e, Block outer) {
        for (Frame f : outer.frames) {
            // an HTTP library's WebSocket call (aiohttp's ClientSession.ws_connect, httpx-ws' connect_ws): the
            // error is raised in its HTTP code, but the connection being made is a WebSocket's
            if (f.function() != null && WEBSOCKET_CALLS.contains(f.function())) Caps.detail(e, "websocket_call", f.function());
        }
        for (int i = outer.frames.size() - 1; i >= 0; i--) {
            String f = outer.frames.get(i).file();
            int at = f.indexOf("/site-packages/");
            int len = "/site-packages/".length();
            if (at < 0) {
                at = f.indexOf("/dist-packages/");
                len = "/dist-packages/".length();
            }
            if (at < 0) continue;
            String rest = f.substring(at + len);
            int slash = rest.indexOf('/');
            String pkg = slash > 0 ? rest.substring(0, slash) : rest.endsWith(".py") ? rest.substring(0, rest.length() - 3) : null;
            if (pkg != null && Names.isIdentifier(pkg)) Caps.detail(e, "raised_in", pkg);
            return;
        }
    }

    /** File, line, column and source line of the innermost user frame (the header for SyntaxError). */
    private static void frame(ToolchainError e, Block outer, List<Block> chain) {
        Frame f = pick(outer);
        for (int i = chain.size() - 1; f == null && i >= 0; i--) f = pick(chain.get(i));
        if (f == null) return;
        e.setFile(f.file());
        e.setLine(f.line());
        e.setCodeLine(f.code());
        if (f.isSyntaxHeader()) e.setColumn(f.caretColumn());
        String mode = PythonMessages.openMode(f.code());
        if (mode == null && !outer.frames.isEmpty()) mode = PythonMessages.openMode(outer.frames.get(outer.frames.size() - 1).code());
        e.setMode(mode);
        if (e.getPath() == null && e.getErrno() != null && FILE_ERRNOS.contains(e.getErrno()) && f.code() != null) {
            // "PermissionError: [Errno 13] Permission denied" names no path: the failing line's literal does
            String literal = pathLiteral(f.code());
            if (literal != null) e.setPath(literal);
            String code = f.code();
            if (literal != null && e.getSyscall() == null && (code.contains("exec") || code.contains("subprocess.") || code.contains("Popen(")
                    || code.contains("spawn"))) e.setSyscall("exec");
        }
    }

    /** The innermost frames start a program: subprocess's child, os.exec* / os.spawn* / os.posix_spawn. */
    private static boolean startsAProgram(Block b) {
        for (Frame f : b.frames) {
            String fn = f.function() == null ? "" : f.function();
            if (f.file().endsWith("/subprocess.py") && fn.equals("_execute_child")) return true;
            if (f.file().endsWith("/os.py") && (fn.startsWith("exec") || fn.startsWith("_spawn") || fn.startsWith("spawn"))) return true;
        }
        Frame last = b.frames.isEmpty() ? null : b.frames.get(b.frames.size() - 1);
        String code = last == null || last.code() == null ? "" : last.code();
        return code.contains("os.exec") || code.contains("os.posix_spawn") || code.contains("os.spawn");
    }

    /** The first string literal of a source line that reads as a path (has a '/' or a '.'). */
    static String pathLiteral(String code) {
        for (int i = 0; i < code.length(); i++) {
            char q = code.charAt(i);
            if (q != '\'' && q != '"') continue;
            String s = Names.quotedAt(code, i, q);
            if (s == null) return null;
            if (!s.contains("://") && (s.indexOf('/') >= 0 || s.indexOf('.') > 0) && s.indexOf(' ') < 0 && Names.isPrintedPath(s)) return s;
            i += s.length() + 1;
        }
        return null;
    }

    private static Frame pick(Block b) {
        if (b.frames.isEmpty()) return null;
        Frame last = b.frames.get(b.frames.size() - 1);
        if (last.isSyntaxHeader() && isSyntaxType(b.type)) return last;
        for (int i = b.frames.size() - 1; i >= 0; i--) {
            if (isUserFile(b.frames.get(i).file())) return b.frames.get(i);
        }
        return null;
    }

    static boolean isSyntaxType(String type) {
        if (type == null) return false;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple.equals("SyntaxError") || simple.equals("IndentationError") || simple.equals("TabError");
    }

    /** Not the standard library, not site-packages, not a {@code <frozen ...>} module. */
    static boolean isUserFile(String file) {
        if (file.startsWith("<")) return file.equals("<stdin>") || file.equals("<string>");
        if (file.contains("/site-packages/") || file.contains("/dist-packages/")) return false;
        int lib = file.indexOf("/lib/python");
        return !(lib >= 0 && lib + 11 < file.length() && Character.isDigit(file.charAt(lib + 11)));
    }

    /** The last line where the interpreter itself reports an error (no traceback); -1 if none. */
    private static int interpreterLine(Lines lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String t = lines.stripped(i);
            int colon = t.indexOf(": ");
            if (colon <= 0 || t.charAt(0) == ' ') continue;
            String prog = t.substring(t.lastIndexOf('/', colon) + 1, colon);
            if (!prog.startsWith("python") || prog.indexOf(' ') >= 0) continue;
            String rest = t.substring(colon + 2);
            if (rest.contains("No module named ") || rest.startsWith("can't open file ")) return i;
        }
        return -1;
    }

    private static void interpreterMessage(ToolchainError e, String line) {
        String rest = line.substring(line.indexOf(": ") + 2);
        e.setMessage(rest);
        e.setModule(PythonMessages.missingModule(rest));
        String text = PythonMessages.missingModuleText(rest);
        if (e.getModule() == null && text != null) Caps.detail(e, "module_text", text);
        if (rest.startsWith("can't open file ")) {
            String path = Names.quotedAt(rest, "can't open file ".length(), '\'');
            if (Names.isPrintedPath(path)) e.setPath(path);
            PythonMessages.osError(e, rest);
        }
    }
}
