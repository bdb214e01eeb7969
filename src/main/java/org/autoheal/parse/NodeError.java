package org.autoheal.parse;

import org.autoheal.facts.ToolchainError;

/** The parts of one Node.js error: the head line, the property block, and what their values state. */
record NodeError(String name, String code, String message) {
    /** JavaScript's and Node's own error classes, the ones a program's console.error(label, err) prints after its label. */
    private static final java.util.Set<String> JS_ERRORS = java.util.Set.of("Error", "TypeError", "RangeError", "SyntaxError",
            "ReferenceError", "EvalError", "URIError", "AggregateError", "SystemError", "AbortError", "TimeoutError");

    String printed() {
        return code == null ? name : name + " [" + code + "]";
    }

    /** Parses {@code [<ref *1> ][Uncaught ]Name[ [CODE]]: message}; null when the line is not an error head. */
    static NodeError head(String line) {
        NodeError direct = bare(line);
        if (direct != null) return direct;
        if (line.startsWith("[") && (line.endsWith("] {") || line.endsWith("]"))) {
            // util.inspect of an error without a stack: [Error: EACCES: permission denied, open 'x'] {
            return bare(line.substring(1, line.length() - (line.endsWith("] {") ? 3 : 1)));
        }
        if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.startsWith("[cause]")) return null;
        int at = LineSignals.typedAt(line);
        // console.log("all sentinels down:", err) of an error without frames: "all sentinels down: [AggregateError: ...] {"
        if (at > 3 && line.charAt(at - 1) == '[' && line.endsWith("] {")) {
            NodeError framed = head(line.substring(at - 1));
            // after "label: " any error class; after "label " (console.error's arguments joined by a space) JavaScript's own
            if (framed != null && (line.startsWith(": ", at - 3) || line.charAt(at - 2) == ' ' && JS_ERRORS.contains(framed.name()))) return framed;
        }
        // console.error("sync failed:", err): the error after the program's own words
        if (at > 2 && line.startsWith(": ", at - 2)) return bare(line.substring(at));
        // console.error("worker failed to start", err) joins its arguments with a space: only JavaScript's own classes
        NodeError spaced = at > 1 && line.charAt(at - 1) == ' ' ? bare(line.substring(at)) : null;
        return spaced != null && JS_ERRORS.contains(spaced.name()) ? spaced : null;
    }

    private static NodeError bare(String line) {
        String t = line;
        int ref = t.startsWith("<ref *") ? t.indexOf("> ") : -1;
        if (ref > 0) t = t.substring(ref + 2);
        if (t.startsWith("Uncaught ")) t = t.substring(9);
        int i = 0;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '$')) i++;
        String name = t.substring(0, i);
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || !(name.endsWith("Error") || name.endsWith("Exception"))) return null;
        String code = null;
        if (t.startsWith(" [", i)) {
            int close = t.indexOf(']', i);
            if (close < 0) return null;
            code = t.substring(i + 2, close);
            if (!Names.isIdentifier(code)) return null;
            i = close + 1;
        }
        if (i == t.length()) return new NodeError(name, code, null);
        if (!t.startsWith(": ", i)) return null;
        return new NodeError(name, code, t.substring(i + 2).strip());
    }

    /** Code, errno, syscall, address, path and module from the block and the messages. */
    static void fill(ToolchainError e, NodeError head, NodeBlock block) {
        String msg = head.message() == null ? "" : head.message();
        String[] words = msg.split(" ", 8);
        int k = codeWord(words);   // "connect ECONNREFUSED 1.2.3.4:5", "spawnSync ./x EACCES", "ENOENT: ..., open 'x'"
        for (int c = 0; k < 0 && c < block.causes.size(); c++) {
            String causeMsg = block.causes.get(c).message();
            if (causeMsg == null) continue;
            String[] w = causeMsg.split(" ", 8);
            if (codeWord(w) >= 0) {
                words = w;
                msg = causeMsg;
                k = codeWord(w);
            }
        }
        String code = head.code() != null ? head.code() : block.get("code");
        if (code == null && k >= 0) code = words[k].endsWith(":") ? words[k].substring(0, words[k].length() - 1) : words[k];
        if (code != null && Names.isIdentifier(code)) {
            e.setCode(code);
            Caps.detail(e, "node_code", code);
        }
        // "requireStack: []": no module required it, so it is what node itself was asked to load (the script)
        if ("MODULE_NOT_FOUND".equals(e.getCode()) && "[]".equals(block.get("requireStack"))) Caps.detail(e, "require_stack", "empty");
        Integer errno = Names.number(strip(block.get("errno"), "-"));
        e.setErrno(errno != null ? errno : Errnos.number(e.getCode()));
        String syscall = block.get("syscall");
        if (syscall != null) Caps.detail(e, "node_syscall", syscall);
        if (syscall == null && k > 0) syscall = words[0];
        if (syscall == null && k == 0) syscall = fsSyscall(msg);
        if (syscall != null && Names.isIdentifier(syscall.split(" ", 2)[0])) e.setSyscall(syscall.split(" ", 2)[0]);
        String address = block.get("address") != null ? block.get("address") : block.get("hostname");
        if (address == null && k > 0 && k + 1 < words.length && "getaddrinfo".equals(words[0])) address = words[k + 1];
        // a unix socket's address is a file ("listen EACCES: permission denied /run/app.sock"): a path, not a host
        boolean socketFile = address != null && address.startsWith("/") && Names.isPrintedPath(address);
        if (address != null && !socketFile && Names.isPathChars(address.replace(":", ""))) e.setHost(address);
        e.setPort(Names.port(block.get("port")));
        String path = block.has("path") ? block.get("path") : k == 0 ? fsPath(msg) : socketFile ? address : null;
        // process.chdir: "chdir '/cwd' -> 'build'", path is the folder it was in, dest the one it could not enter
        if ("chdir".equals(syscall) && block.has("dest")) path = block.get("dest");
        // copyfile 'src' -> 'dest' denied: the write into the destination is what was refused far more often
        // than the read of the source (a source that is missing says ENOENT, and keeps the source)
        if (("EACCES".equals(e.getCode()) || "EPERM".equals(e.getCode())) && syscall != null
                && TWO_PATH_CALLS.contains(syscall.split(" ", 2)[0])) {
            String dest = block.has("dest") ? block.get("dest") : destIn(msg);
            if (Names.isPrintedPath(dest)) path = dest;
        }
        if (path == null && k == 2 && words[0].startsWith("spawn")) path = words[1];
        module(e, head.message() == null ? "" : head.message());
        missingExportDetails(e, head.message() == null ? "" : head.message());
        if (e.getPath() == null && Names.isPrintedPath(path)) e.setPath(path);
        jsonPosition(e, head.message() == null ? "" : head.message());
        missingExport(e, head.message() == null ? "" : head.message());
        fromCauses(e, block);
    }

    /**
     * {@code throw new Error('plugin x failed to load', { cause })}: the program's own words head the error and its
     * {@code [cause]:} states what went wrong. The first cause that names a module, an export or a JSON position gives
     * what the head does not; a cause that went through JSON.parse makes the chain's SyntaxError a JSON one.
     */
    private static void fromCauses(ToolchainError e, NodeBlock block) {
        for (NodeError cause : block.causes) {
            String m = cause.message();
            if (m == null) continue;
            if (e.getModule() == null && e.getPath() == null) module(e, m);
            if (e.getName() == null) {
                missingExportDetails(e, m);
                missingExport(e, m);
            }
            if (e.detail("json_position") == null) jsonPosition(e, m);
            if ("SyntaxError".equals(cause.name())) {
                // import() of a .json file ("SyntaxError: /app/locales/fr.json: Expected ... in JSON at position 46")
                NodeParser.jsonFileOfSyntaxError(e, cause);
                if (m.contains(" JSON") || m.contains("JSON ")) Caps.detail(e, "json_parse", "true");
            }
        }
        if (block.causeJsonParse) Caps.detail(e, "json_parse", "true");
    }

    private static final java.util.Set<String> TWO_PATH_CALLS = java.util.Set.of("copyfile", "cp");

    /** The quoted destination of {@code copyfile 'a' -> 'b'}; null when the message has none. */
    private static String destIn(String msg) {
        if (msg == null) return null;
        int arrow = msg.indexOf("' -> '");
        return arrow < 0 ? null : Names.quotedAt(msg, arrow + 5, '\'');
    }

    /** {@code The requested module './lib.js' does not provide an export named 'x'} (ESM link error): details for fix_import. */
    private static void missingExportDetails(ToolchainError e, String msg) {
        int at = msg.indexOf("The requested module '");
        int named = msg.indexOf("' does not provide an export named '");
        if (at < 0 || named < 0) return;
        String module = msg.substring(at + 22, named);
        String name = Names.quotedAt(msg, named + 35, '\'');
        if (!Names.isPathChars(module) || !Names.isIdentifier(name)) return;
        Caps.detail(e, "node_export_module", module);
        Caps.detail(e, "node_export_missing", name);
    }

    /**
     * {@code Did you mean to import "./util.js"?} (Node 20+; unquoted before) on the line after an
     * ERR_MODULE_NOT_FOUND head: the relative specifier Node found the file under.
     */
    static void didYouMean(ToolchainError e, String line) {
        String prefix = "Did you mean to import ";
        if (line == null || !line.startsWith(prefix) || !line.endsWith("?")) return;
        String spec = line.substring(prefix.length(), line.length() - 1);
        if (spec.length() >= 2 && spec.startsWith("\"") && spec.endsWith("\"")) spec = spec.substring(1, spec.length() - 1);
        if ((spec.startsWith("./") || spec.startsWith("../")) && Names.isPathChars(spec)) Caps.detail(e, "node_did_you_mean", spec);
    }

    /** Index of the first word that is an errno-style code ({@code EACCES}, {@code ENOTFOUND}); -1 if none. */
    private static int codeWord(String[] words) {
        for (int i = 0; i < Math.min(words.length, 4); i++) {
            String w = words[i].endsWith(":") ? words[i].substring(0, words[i].length() - 1) : words[i];
            if (Errnos.isCode(w) || w.equals("ENOTFOUND") || (w.startsWith("EAI_") && Names.isIdentifier(w))) return i;
        }
        return -1;
    }

    /** {@code Cannot find package 'x'} / {@code Cannot find module 'x'}: a bare name is a module, else a path. */
    static void module(ToolchainError e, String msg) {
        int at = Math.max(msg.indexOf("Cannot find package '"), msg.indexOf("Cannot find module '"));
        if (at < 0) return;
        String spec = Names.quotedAt(msg, at, '\'');
        if (spec == null) return;
        if (spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("file:")) {
            if (Names.isPrintedPath(spec)) e.setPath(NodeParser.stripFileUrl(spec));
        } else if (Names.isPackageSpecifier(spec)) {
            e.setModule(spec);
        }
    }

    /** {@code The requested module './x.mjs' does not provide an export named 'y'}: fromModule and name. */
    private static void missingExport(ToolchainError e, String msg) {
        if (msg.startsWith("Named export '")) {
            // CommonJS module imported with named imports: "Named export 'x' not found. The requested module 'y' is a CommonJS module, ..."
            String name = Names.quotedAt(msg, 13, '\'');
            int req = msg.indexOf("The requested module ");
            String module = req < 0 ? null : Names.quotedAt(msg, req, '\'');
            if (Names.isIdentifier(name)) e.setName(name);
            if (module != null && Names.isPathChars(module)) e.setFromModule(module);
            return;
        }
        int at = msg.indexOf("does not provide an export named ");
        int req = msg.indexOf("The requested module ");
        if (at < 0 || req < 0 || req > at) return;
        String module = Names.quotedAt(msg, req, '\'');
        String name = Names.quotedAt(msg, at, '\'');
        if (module != null && Names.isPathChars(module)) e.setFromModule(module);
        if (Names.isIdentifier(name)) e.setName(name);
    }

    /** {@code ENOENT: no such file or directory, open 'x'}: the syscall after the comma. */
    private static String fsSyscall(String msg) {
        int comma = msg.indexOf(", ");
        if (comma < 0 || !msg.startsWith("E")) return null;
        int space = msg.indexOf(' ', comma + 2);
        String word = space < 0 ? msg.substring(comma + 2) : msg.substring(comma + 2, space);
        return Names.isIdentifier(word) ? word : null;
    }

    private static String fsPath(String msg) {
        int comma = msg.indexOf(", ");
        if (comma < 0 || !msg.startsWith("E")) return null;
        return Names.quotedAt(msg, comma, '\'');
    }

    /** {@code ... in JSON at position 12} and {@code (line 2 column 5)}. */
    private static void jsonPosition(ToolchainError e, String msg) {
        int pos = msg.indexOf(" in JSON at position ");
        if (pos >= 0) Caps.detail(e, "json_position", Names.number(Names.digitsAt(msg, pos + 21)));
        int line = msg.indexOf("(line ");
        if (line < 0) return;
        String l = Names.digitsAt(msg, line + 6);
        int col = line + 6 + l.length();
        if (!msg.startsWith(" column ", col)) return;
        Caps.detail(e, "json_line", Names.number(l));
        Caps.detail(e, "json_column", Names.number(Names.digitsAt(msg, col + 8)));
    }

    private static String strip(String s, String prefix) {
        return s != null && s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }
}
