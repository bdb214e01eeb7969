"""Java 17: the source launcher (java File.java), javac, java -jar, java.net.http (HTTP and WebSocket), NIO and
java.io, Jackson (jars from the local Maven repository, skipped when absent)."""
import os

from scenarios.common import sc

CLOSED = {"api": ("closed",)}
M2 = os.path.expanduser("~/.m2/repository/com/fasterxml/jackson/core")
JACKSON = ["%s/jackson-%s/2.17.2/jackson-%s-2.17.2.jar" % (M2, a, a) for a in ("core", "databind", "annotations")]
JACKSON_SETUP = ["mkdir -p lib && cp %s lib/" % " ".join(JACKSON)]
JACKSON_REQ = ["file:" + j for j in JACKSON]


def cls(name, body, imports="import java.io.*;\nimport java.nio.file.*;\nimport java.util.*;\n"):
    return "%spublic class %s {\n%s}\n" % (imports, name, body)


SCENARIOS = [
    # ---------------- file_not_found ----------------
    sc("java_fnf_filereader", "file_not_found", "java tools/Import.java",
       "java.io.FileNotFoundException: data/input.csv (No such file or directory)",
       {"tools/Import.java": cls("Import", "    public static void main(String[] a) throws IOException {\n"
        "        try (BufferedReader r = new BufferedReader(new FileReader(\"data/input.csv\"))) {\n            System.out.println(r.readLine());\n        }\n    }\n")},
       {"path": "data/input.csv"}, "java.io.FileNotFoundException"),
    sc("java_fnf_jar_missing", "file_not_found", "java -jar build/libs/app.jar --serve",
       "java -jar of a jar that is not built: Unable to access jarfile", {"build/.keep": ""},
       {"path": "build/libs/app.jar"}, "java -jar"),
    sc("java_fnf_lines_stream", "file_not_found", "java tools/CountLines.java logs/access.log",
       "Files.lines in a stream; NoSuchFileException with the argv path",
       {"tools/CountLines.java": cls("CountLines", "    public static void main(String[] a) throws IOException {\n"
        "        try (var lines = Files.lines(Path.of(a[0]))) {\n            System.out.println(lines.count());\n        }\n    }\n")},
       {"path": "logs/access.log"}, "java.nio.file.NoSuchFileException"),
    sc("java_fnf_process_missing", "file_not_found", "java tools/Transcode.java",
       "ProcessBuilder of a program that is not installed: error=2, No such file or directory",
       {"tools/Transcode.java": cls("Transcode", "    public static void main(String[] a) throws Exception {\n"
        "        new ProcessBuilder(\"ffmpeg\", \"-i\", \"in.mp4\", \"out.webm\").inheritIO().start().waitFor();\n    }\n")},
       {"path": "ffmpeg"}, "java.io.IOException"),
    sc("java_fnf_write_missing_dir", "file_not_found", "java tools/Report.java",
       "Files.writeString into a folder that does not exist",
       {"tools/Report.java": cls("Report", "    public static void main(String[] a) throws IOException {\n"
        "        Files.writeString(Path.of(\"reports/2026/december.txt\"), \"total 12\\n\");\n    }\n")},
       {"path": "reports/2026/december.txt", "missing_dir": "reports/2026"}, "java.nio.file.NoSuchFileException"),
    sc("java_fnf_source_missing", "file_not_found", "java tools/Migrate.java",
       "java of a .java file that does not exist: Could not find or load main class tools.Migrate.java", {"tools/Seed.java": "class Seed {}\n"},
       {"path": "tools/Migrate.java"}, "java launcher"),
    sc("java_fnf_caused_by", "file_not_found", "java tools/Boot.java",
       "IllegalStateException: cannot load configuration, Caused by: NoSuchFileException",
       {"tools/Boot.java": cls("Boot", "    static Properties load(String p) {\n        try (var in = Files.newInputStream(Path.of(p))) {\n"
        "            Properties props = new Properties();\n            props.load(in);\n            return props;\n        } catch (IOException e) {\n"
        "            throw new IllegalStateException(\"cannot load configuration\", e);\n        }\n    }\n"
        "    public static void main(String[] a) {\n        System.out.println(load(\"config/boot.properties\"));\n    }\n")},
       {"path": "config/boot.properties"}, "java.lang.IllegalStateException"),
    # ---------------- permission ----------------
    sc("java_perm_access_denied", "permission", "java tools/Secrets.java",
       "Files.readString of a mode-000 file: AccessDeniedException (run without capabilities)",
       {"tools/Secrets.java": cls("Secrets", "    public static void main(String[] a) throws IOException {\n"
        "        System.out.println(Files.readString(Path.of(\"config/secret.properties\")).length());\n    }\n"), "config/secret.properties": "k=v\n"},
       {"path": "config/secret.properties"}, "java.nio.file.AccessDeniedException", modes={"config/secret.properties": 0o000}, drop_caps=True),
    sc("java_perm_fos_fnf_wording", "permission", "java tools/Export.java",
       "FileOutputStream into a read-only folder: java.io.FileNotFoundException ... (Permission denied) (run without capabilities)",
       {"tools/Export.java": cls("Export", "    public static void main(String[] a) throws IOException {\n"
        "        try (var out = new FileOutputStream(\"out/report.csv\")) {\n            out.write(\"a,b\\n\".getBytes());\n        }\n    }\n")},
       {"path": "out/report.csv"}, "java.io.FileNotFoundException", dirs=["out"], modes={"out": 0o555}, drop_caps=True),
    sc("java_perm_process_exec", "permission", "java tools/Deploy.java",
       "ProcessBuilder of a script without the execute bit: error=13, Permission denied",
       {"tools/Deploy.java": cls("Deploy", "    public static void main(String[] a) throws Exception {\n"
        "        int rc = new ProcessBuilder(\"./bin/deploy.sh\", \"prod\").inheritIO().start().waitFor();\n        System.exit(rc);\n    }\n"),
        "bin/deploy.sh": "#!/bin/sh\necho deploy\n"},
       {"path": "bin/deploy.sh"}, "java.io.IOException", modes={"bin/deploy.sh": 0o644}),
    sc("java_perm_bind", "permission", "java tools/Web.java",
       "ServerSocket on port 80 without privileges: java.net.BindException: Permission denied",
       {"tools/Web.java": cls("Web", "    public static void main(String[] a) throws IOException {\n        new java.net.ServerSocket(80).accept();\n    }\n")},
       {}, "java.net.BindException", drop_caps=True),
    sc("java_perm_createdir", "permission", "java tools/Cache.java",
       "Files.createDirectories under a read-only folder (run without capabilities)",
       {"tools/Cache.java": cls("Cache", "    public static void main(String[] a) throws IOException {\n        Files.createDirectories(Path.of(\"var/cache/thumbs\"));\n    }\n")},
       {"path": "var/cache"}, "java.nio.file.AccessDeniedException", dirs=["var"], modes={"var": 0o555}, drop_caps=True),
    # ---------------- connection ----------------
    sc("java_conn_socket", "connection", "java tools/Ping.java 127.0.0.1 {{api}}",
       "java.net.Socket to a closed port: ConnectException: Connection refused",
       {"tools/Ping.java": cls("Ping", "    public static void main(String[] a) throws IOException {\n"
        "        try (var s = new java.net.Socket(a[0], Integer.parseInt(a[1]))) {\n            System.out.println(\"up\");\n        }\n    }\n")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.ConnectException", servers=CLOSED),
    sc("java_conn_httpclient", "connection", "java tools/Fetch.java http://127.0.0.1:{{api}}/api/items",
       "java.net.http.HttpClient.send to a closed port",
       {"tools/Fetch.java": cls("Fetch", "    public static void main(String[] a) throws Exception {\n        var c = java.net.http.HttpClient.newHttpClient();\n"
        "        var r = c.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(a[0])).build(), java.net.http.HttpResponse.BodyHandlers.ofString());\n"
        "        System.out.println(r.statusCode());\n    }\n")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/api/items"}, "java.net.ConnectException", servers=CLOSED),
    sc("java_conn_urlconnection", "connection", "java tools/Health.java",
       "HttpURLConnection to a closed port (address only in the code)",
       {"tools/Health.java": cls("Health", "    public static void main(String[] a) throws Exception {\n"
        "        var u = new java.net.URL(\"http://127.0.0.1:{{api}}/health\");\n        var c = (java.net.HttpURLConnection) u.openConnection();\n"
        "        System.out.println(c.getResponseCode());\n    }\n")},
       {"host": "127.0.0.1", "port": "{{api}}", "url": "http://127.0.0.1:{{api}}/health"}, "java.net.ConnectException", servers=CLOSED),
    sc("java_conn_unknown_host", "connection", "java tools/Resolve.java",
       "java.net.UnknownHostException for a host that does not resolve",
       {"tools/Resolve.java": cls("Resolve", "    public static void main(String[] a) throws Exception {\n"
        "        new java.net.Socket(\"ledger.svc.invalid\", 7000).close();\n    }\n")},
       {"host": "ledger.svc.invalid"}, "java.net.UnknownHostException"),
    sc("java_conn_read_timeout", "connection", "java tools/Slow.java",
       "SocketTimeoutException: Read timed out (the server accepts and never answers)",
       {"tools/Slow.java": cls("Slow", "    public static void main(String[] a) throws Exception {\n        try (var s = new java.net.Socket(\"127.0.0.1\", {{api}})) {\n"
        "            s.setSoTimeout(800);\n            System.out.println(s.getInputStream().read());\n        }\n    }\n")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.net.SocketTimeoutException", servers={"api": ("silent",)}),
    sc("java_conn_caused_by", "connection", "java tools/Orders.java",
       "RuntimeException: order service unavailable, Caused by: java.net.ConnectException",
       {"tools/Orders.java": cls("Orders", "    static void connect(int port) {\n        try (var s = new java.net.Socket(\"127.0.0.1\", port)) {\n"
        "        } catch (IOException e) {\n            throw new RuntimeException(\"order service unavailable at 127.0.0.1:\" + port, e);\n        }\n    }\n"
        "    public static void main(String[] a) {\n        connect({{api}});\n    }\n")},
       {"host": "127.0.0.1", "port": "{{api}}"}, "java.lang.RuntimeException", servers=CLOSED),
    sc("java_conn_logged_jul", "connection", "java tools/Sync.java",
       "java.util.logging SEVERE line with the exception, exit 1",
       {"tools/Sync.java": cls("Sync", "    static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"sync\");\n"
        "    public static void main(String[] a) {\n        try (var s = new java.net.Socket(\"localhost\", {{api}})) {\n        } catch (IOException e) {\n"
        "            LOG.log(java.util.logging.Level.SEVERE, \"inventory sync failed: localhost:{{api}}\", e);\n            System.exit(1);\n        }\n    }\n")},
       {"host": "localhost", "port": "{{api}}"}, "java.util.logging", servers=CLOSED),
    # ---------------- syntax ----------------
    sc("java_syn_semicolon", "syntax", "javac -d out src/App.java",
       "javac: ';' expected",
       {"src/App.java": "public class App {\n    public static void main(String[] a) {\n        int n = 3\n        System.out.println(n);\n    }\n}\n"},
       {"file": "src/App.java", "line": 3}, "javac"),
    sc("java_syn_launcher", "syntax", "java tools/Tool.java",
       "source launcher: compile error, then error: compilation failed",
       {"tools/Tool.java": "public class Tool {\n    public static void main(String[] a) {\n        System.out.println(\"x\")\n    }\n}\n"},
       {"file": "tools/Tool.java", "line": 3}, "java launcher"),
    sc("java_syn_eof", "syntax", "javac -d out src/Parser.java",
       "javac: reached end of file while parsing",
       {"src/Parser.java": "public class Parser {\n    int parse(String s) {\n        return s.length();\n    }\n"},
       {"file": "src/Parser.java", "line": 4}, "javac"),
    sc("java_syn_class_expected", "syntax", "javac -d out src/Util.java",
       "javac: class, interface, enum, or record expected (a stray brace)",
       {"src/Util.java": "public class Util {\n    static int twice(int x) {\n        return 2 * x;\n    }\n}\n}\n"},
       {"file": "src/Util.java", "line": 6}, "javac"),
    sc("java_syn_string", "syntax", "javac -d out src/Msg.java",
       "javac: unclosed string literal",
       {"src/Msg.java": "public class Msg {\n    static final String HELLO = \"hello;\n}\n"},
       {"file": "src/Msg.java", "line": 2}, "javac"),
    # ---------------- missing_module / import_error ----------------
    sc("java_mm_package_missing", "missing_module", "javac -d out src/Json.java",
       "javac: package com.google.gson does not exist (the dependency is not on the classpath)",
       {"src/Json.java": "import com.google.gson.Gson;\n\npublic class Json {\n    public static void main(String[] a) {\n        System.out.println(new Gson().toJson(a));\n    }\n}\n"},
       {"module": "com.google.gson"}, "javac"),
    sc("java_mm_noclassdef", "missing_module", "java -cp out Main",
       "NoClassDefFoundError at run time: a class compiled against is missing from the classpath",
       {"src/Main.java": "public class Main {\n    public static void main(String[] a) {\n        System.out.println(lib.Strings.shout(\"hi\"));\n    }\n}\n",
        "src/lib/Strings.java": "package lib;\npublic class Strings {\n    public static String shout(String s) { return s.toUpperCase(); }\n}\n"},
       {"module": "lib.Strings"}, "java.lang.NoClassDefFoundError",
       setup=["javac -d out src/Main.java src/lib/Strings.java && rm -r out/lib"]),
    sc("java_imp_cannot_find_symbol", "import_error", "javac -d out -sourcepath src src/app/Main.java",
       "javac: cannot find symbol in an import (the class in an existing package is misspelled)",
       {"src/app/Main.java": "package app;\n\nimport app.util.StringUtil;\n\npublic class Main {\n    public static void main(String[] a) {\n        System.out.println(StringUtil.trim(\" x \"));\n    }\n}\n",
        "src/app/util/StringUtils.java": "package app.util;\npublic class StringUtils {\n    public static String trim(String s) { return s.trim(); }\n}\n"},
       {"name": "StringUtil", "from_module": "app.util", "file": "src/app/Main.java", "line": 3}, "javac"),
    # ---------------- json_format (Jackson) ----------------
    sc("java_json_jackson_trailing", "json_format", "java -cp 'lib/*' tools/LoadConfig.java config/app.json",
       "Jackson JsonParseException: a trailing comma (source redacted, line and column given)",
       {"tools/LoadConfig.java": cls("LoadConfig", "    public static void main(String[] a) throws Exception {\n"
        "        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File(a[0]));\n        System.out.println(tree.get(\"name\"));\n    }\n"),
        "config/app.json": '{\n  "name": "billing",\n  "port": 8080,\n}\n'},
       {"json_file": "config/app.json", "line": 4, "column": 1}, "com.fasterxml.jackson.core.JsonParseException",
       setup=JACKSON_SETUP, requires=JACKSON_REQ),
    sc("java_json_jackson_single_quotes", "json_format", "java -cp 'lib/*' tools/Flags.java",
       "Jackson: single quotes, the file only in the code",
       {"tools/Flags.java": cls("Flags", "    public static void main(String[] a) throws Exception {\n"
        "        var m = new com.fasterxml.jackson.databind.ObjectMapper();\n        System.out.println(m.readValue(Path.of(\"config/flags.json\").toFile(), Map.class));\n    }\n"),
        "config/flags.json": "{'beta': true}\n"},
       {"json_file": "config/flags.json", "line": 1, "column": 2}, "com.fasterxml.jackson.core.JsonParseException",
       setup=JACKSON_SETUP, requires=JACKSON_REQ),
    sc("java_json_jackson_eof", "json_format", "java -cp 'lib/*' tools/State.java data/state.json",
       "Jackson: unexpected end-of-input (a truncated file)",
       {"tools/State.java": cls("State", "    public static void main(String[] a) throws Exception {\n"
        "        System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(Path.of(a[0]))));\n    }\n"),
        "data/state.json": '{"jobs": [1, 2'},
       {"json_file": "data/state.json", "line": 1, "column": 15}, "com.fasterxml.jackson.core.io.JsonEOFException", setup=JACKSON_SETUP, requires=JACKSON_REQ),
    sc("java_json_jackson_wrapped", "json_format", "java -cp 'lib/*' tools/Routes.java",
       "Jackson error wrapped: UncheckedIOException: routes.json is not valid JSON, Caused by JsonParseException",
       {"tools/Routes.java": cls("Routes", "    public static void main(String[] a) {\n        try {\n"
        "            new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File(\"routes.json\"));\n        } catch (IOException e) {\n"
        "            throw new UncheckedIOException(\"routes.json is not valid JSON\", e);\n        }\n    }\n"),
        "routes.json": '[\n  {"path": "/"}\n  {"path": "/a"}\n]\n'},
       {"json_file": "routes.json", "line": 3, "column": 3}, "java.io.UncheckedIOException", setup=JACKSON_SETUP, requires=JACKSON_REQ),
    # ---------------- websocket ----------------
    sc("java_ws_refused", "websocket", "java tools/WsClient.java ws://127.0.0.1:{{api}}/events",
       "java.net.http WebSocket to a closed port: CompletionException caused by ConnectException",
       {"tools/WsClient.java": cls("WsClient", "    public static void main(String[] a) throws Exception {\n        var ws = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()\n"
        "            .buildAsync(java.net.URI.create(a[0]), new java.net.http.WebSocket.Listener() {}).join();\n        ws.sendText(\"hi\", true).join();\n    }\n")},
       {"url": "ws://127.0.0.1:{{api}}/events", "host": "127.0.0.1", "port": "{{api}}"}, "java.util.concurrent.CompletionException", servers=CLOSED),
    sc("java_ws_403", "websocket", "java tools/WsClient.java ws://127.0.0.1:{{ws}}/admin",
       "java.net.http WebSocket: the server answers 403 (WebSocketHandshakeException)",
       {"tools/WsClient.java": cls("WsClient", "    public static void main(String[] a) throws Exception {\n        java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()\n"
        "            .buildAsync(java.net.URI.create(a[0]), new java.net.http.WebSocket.Listener() {}).join();\n    }\n")},
       {"url": "ws://127.0.0.1:{{ws}}/admin", "host": "127.0.0.1", "port": "{{ws}}"}, "java.net.http.WebSocketHandshakeException",
       servers={"ws": ("http", 403, "forbidden\n")}),
    sc("java_ws_close_code", "websocket", "java tools/Feed.java ws://127.0.0.1:{{ws}}/feed",
       "java.net.http WebSocket: the server closes with 1011; the listener prints it and the program exits 1",
       {"tools/Feed.java": cls("Feed", "    public static void main(String[] a) throws Exception {\n        var done = new java.util.concurrent.CompletableFuture<Integer>();\n"
        "        java.net.http.HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(java.net.URI.create(a[0]), new java.net.http.WebSocket.Listener() {\n"
        "            public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket ws, int code, String reason) {\n"
        "                System.err.println(\"feed closed by server: \" + code + \" \" + reason);\n                done.complete(code);\n                return null;\n            }\n        }).join();\n"
        "        System.exit(done.get() == 1000 ? 0 : 1);\n    }\n")},
       {"url": "ws://127.0.0.1:{{ws}}/feed", "host": "127.0.0.1", "port": "{{ws}}", "close_code": 1011}, "System.err",
       servers={"ws": ("ws", "close", 1011, "internal error")}),
    sc("java_ws_bad_accept", "websocket", "java tools/WsProbe.java ws://127.0.0.1:{{ws}}/mcp",
       "java.net.http WebSocket: wrong Sec-WebSocket-Accept (CheckFailedException / handshake failure)",
       {"tools/WsProbe.java": cls("WsProbe", "    public static void main(String[] a) throws Exception {\n        java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()\n"
        "            .buildAsync(java.net.URI.create(a[0]), new java.net.http.WebSocket.Listener() {}).get();\n    }\n")},
       {"url": "ws://127.0.0.1:{{ws}}/mcp", "host": "127.0.0.1", "port": "{{ws}}"}, "java.util.concurrent.ExecutionException",
       servers={"ws": ("ws", "bad_accept")}),
]
