package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.junit.jupiter.api.Test;

/** Formats no local program produces here (zsh, requests, old py_compile, ...), written as they print. */
class FormatsTest {

    private static ToolchainError parse(String text) {
        return ErrorParsers.parse(ErrorInput.of("t", text));
    }

    @Test
    void zshPutsThePhraseFirst() {
        ToolchainError e = parse("zsh: permission denied: ./tools/run.sh\n");
        assertThat(e.getLanguage()).isEqualTo("shell");
        assertThat(e.getType()).isEqualTo("permission denied");
        assertThat(e.getPath()).isEqualTo("./tools/run.sh");
        assertThat(e.getErrno()).isEqualTo(13);
        ToolchainError nf = parse("zsh:1: command not found: frobnicate\n");
        assertThat(nf.getType()).isEqualTo("command not found");
        assertThat(nf.detail("program")).isEqualTo("frobnicate");
        assertThat(nf.getPath()).isNull();
    }

    @Test
    void shellCommandNotFoundNamesNoPath() {
        ToolchainError bash = parse("bash: frobnicate: command not found\n");
        assertThat(bash.getType()).isEqualTo("command not found");
        assertThat(bash.getPath()).isNull();
        ToolchainError sh = parse("sh: 1: frobnicate: not found\n");
        assertThat(sh.getType()).isEqualTo("not found");
        assertThat(sh.getPath()).isNull();
        assertThat(sh.detail("program")).isEqualTo("frobnicate");
    }

    @Test
    void shellBuiltinErrorNamesTheDirectory() {
        ToolchainError e = parse("./deploy.sh: line 3: cd: /srv/nope: No such file or directory\n");
        assertThat(e.getPath()).isEqualTo("/srv/nope");
        assertThat(e.getFile()).isEqualTo("./deploy.sh");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getSyscall()).as("not a program that failed to start").isNull();
    }

    @Test
    void standaloneSignalLineAndKilledReport() {
        assertThat(parse("Segmentation fault (core dumped)\n").detail("core_dumped")).isEqualTo("true");
        ToolchainError k = parse("./run.sh: line 5: 12345 Killed                  ./prog --big\n");
        assertThat(k.getType()).isEqualTo("Killed");
        assertThat(k.getPath()).isNull();
        assertThat(k.detail("pid")).isEqualTo("12345");
    }

    @Test
    void requestsAndUrllib3Messages() {
        ToolchainError e = parse("""
                Traceback (most recent call last):
                  File "/app/client.py", line 3, in <module>
                    requests.get("http://localhost:8000/api")
                requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries \
                exceeded with url: /api (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at \
                0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))
                """);
        assertThat(e.getType()).isEqualTo("requests.exceptions.ConnectionError");
        assertThat(e.getTypes()).contains("ConnectionError");
        assertThat(e.getHost()).isEqualTo("localhost");
        assertThat(e.getPort()).isEqualTo(8000);
        assertThat(e.getErrno()).isEqualTo(111);
        assertThat(e.getCode()).isEqualTo("ECONNREFUSED");
        assertThat(e.getUrl()).isEqualTo("http://localhost:8000/api");
        ToolchainError h = parse("requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
                + "https://api.example.com/v1/x\n");
        assertThat(h.getHttpStatus()).isEqualTo(503);
        assertThat(h.getHost()).isEqualTo("api.example.com");
        assertThat(h.getPort()).as("the https default port").isEqualTo(443);
    }

    @Test
    void wsUrlIsPreferredOverAnHttpLinkInTheSameTier() {
        ToolchainError e = parse("see https://docs.example.com/help\nconnecting to wss://feed.example.com:9443/live\n"
                + "OSError: handshake failed\n");
        assertThat(e.getUrl()).isEqualTo("wss://feed.example.com:9443/live");
        assertThat(e.getPort()).isEqualTo(9443);
    }

    @Test
    void oldPyCompileSorryPrefixAndNoiseAfterTheException() {
        ToolchainError e = parse("""
                  File "tools/a.py", line 7
                    print "x"
                          ^
                Sorry: SyntaxError: Missing parentheses in call to 'print'
                compile failed
                """);
        assertThat(e.getType()).isEqualTo("SyntaxError");
        assertThat(e.getFile()).isEqualTo("tools/a.py");
        assertThat(e.getLine()).isEqualTo(7);
        assertThat(e.getColumn()).isEqualTo(7);
    }

    @Test
    void pythonOpenModes() {
        assertThat(PythonMessages.openMode("with open(p) as f:")).isEqualTo("read");
        assertThat(PythonMessages.openMode("with open('a', 'rb') as f:")).isEqualTo("read");
        assertThat(PythonMessages.openMode("with open('a') as f:")).as("a file named a is not mode a").isEqualTo("read");
        assertThat(PythonMessages.openMode("open(os.path.join(d, 'x'), 'a+')")).isEqualTo("write");
        assertThat(PythonMessages.openMode("f = open(name, mode=\"wb\")")).isEqualTo("write");
        assertThat(PythonMessages.openMode("Path(p).open('w')")).isEqualTo("write");
        assertThat(PythonMessages.openMode("gzip.open(p, 'xt')")).isEqualTo("write");
        assertThat(PythonMessages.openMode("reopen(p, 'w')")).isNull();
        assertThat(PythonMessages.openMode("x = load(p)")).isNull();
    }

    @Test
    void javaLoggedTraceWithSuppressedAndMore() {
        ToolchainError e = parse("""
                12:00:01 ERROR boot failed
                java.lang.IllegalStateException: boot failed
                \tat com.acme.App.start(App.java:42)
                \tat com.acme.App.main(App.java:10)
                \tSuppressed: java.lang.RuntimeException: close failed
                \t\tat com.acme.App.close(App.java:50)
                Caused by: java.nio.file.AccessDeniedException: /etc/acme/key.pem
                \tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:90)
                \tat com.acme.Keys.load(Keys.java:7)
                \t... 2 more
                """);
        assertThat(e.getType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.getPath()).isEqualTo("/etc/acme/key.pem");
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getFile()).isEqualTo("App.java");
        assertThat(e.getLine()).isEqualTo(42);
        assertThat(e.getTypes()).contains("AccessDeniedException").doesNotContain("RuntimeException");
    }

    @Test
    void curlOtherErrors() {
        ToolchainError e = parse("curl: (22) The requested URL returned error: 503\n");
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.detail("curl_exit")).isEqualTo("22");
        assertThat(parse("curl: (6) Could not resolve host: db.internal\n").getHost()).isEqualTo("db.internal");
    }

    @Test
    void nodeCodeAndPathFromAnFsMessageWithoutBlock() {
        ToolchainError e = parse("""
                node:fs:573
                  return binding.open(
                                 ^

                Error: EACCES: permission denied, open '/srv/app/log.txt'
                    at Object.openSync (node:fs:573:18)
                    at /srv/app/index.js:4:6

                Node.js v20.20.2
                """);
        assertThat(e.getCode()).isEqualTo("EACCES");
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getSyscall()).isEqualTo("open");
        assertThat(e.getPath()).isEqualTo("/srv/app/log.txt");
        assertThat(e.getFile()).isEqualTo("/srv/app/index.js");
        assertThat(e.getCodeLine()).as("node's own source line is not user code").isNull();
    }

    @Test
    void nodeJsonPositionWithLineAndColumn() {
        ToolchainError e = parse("""
                SyntaxError: Expected ',' or '}' after property value in JSON at position 12 (line 2 column 3)
                    at JSON.parse (<anonymous>)
                    at file:///srv/app/load.mjs:3:14

                Node.js v22.1.0
                """);
        assertThat(e.detail("json_position")).isEqualTo("12");
        assertThat(e.detail("json_line")).isEqualTo("2");
        assertThat(e.detail("json_column")).isEqualTo("3");
        assertThat(e.getFile()).isEqualTo("/srv/app/load.mjs");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getColumn()).isEqualTo(14);
    }

    @Test
    void theErrorThatEndsLastWinsInMixedOutput() {
        ToolchainError e = ErrorParsers.parse(new ErrorInput("pipeline", List.of("./build.sh"), 1, """
                ./build.sh: line 2: lint: command not found
                Traceback (most recent call last):
                  File "/src/gen.py", line 9, in <module>
                    import jinja2
                ModuleNotFoundError: No module named 'jinja2'
                """));
        assertThat(e.getLanguage()).isEqualTo("python");
        assertThat(e.getModule()).isEqualTo("jinja2");
        assertThat(e.getCommand()).isEqualTo("./build.sh");
    }
}
