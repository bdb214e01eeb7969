package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.facts.Diagnosis;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kinds of Python, Node and Java failures, produced by running the real programs in a temp folder (and a few
 * outputs of libraries this machine may lack, as text): the cause and the key details the rules give.
 */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class LanguageBreadthTest {
    static RuleBase rules;
    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws RuleCompileException {
        rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
    }

    private void write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private Decision run(String... argv) throws Exception {
        String path = System.getenv().getOrDefault("PATH", "");
        Assumptions.assumeTrue(Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, argv[0]))), argv[0] + " is not on PATH");
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("NODE_OPTIONS");
        Process p = pb.start();
        p.getOutputStream().close();
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return decide(List.of(argv), p.exitValue(), text);
    }

    private static Decision decide(List<String> argv, int exit, String text) {
        return rules.decide(ErrorParsers.parse(new ErrorInput(argv.get(0), argv, exit, text)), DecisionContext.EMPTY);
    }

    private static Diagnosis primary(Decision d) {
        assertThat(d.primary()).as("a diagnosis").isNotNull();
        return d.primary();
    }

    @Test
    void pytestQuotesASyntaxErrorInItsELines_thenTheTestModuleAndLineAreFixable() throws Exception {
        write("tests/test_fmt.py", "import json\n\n\ndef test_bad()\n    assert json\n");
        Decision d = run("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests");
        Assumptions.assumeFalse(d.error().getRaw().contains("No module named pytest"), "pytest is not installed");
        Diagnosis g = primary(d);
        assertThat(g.getCause()).isEqualTo("syntax");
        assertThat(g.get("file")).endsWith("tests/test_fmt.py");
        assertThat(g.get("line")).isEqualTo("4");
        assertThat(g.get("kind")).isEqualTo("missing_colon");
    }

    @Test
    void aLocalFileShadowsAStdlibPackage_thenItIsAnImportErrorNotAMissingModule() throws Exception {
        write("tools/email.py", "X = 1\n");
        write("tools/fetch.py", "from email.message import EmailMessage\n");
        Diagnosis g = primary(run("python3", "tools/fetch.py"));
        assertThat(g.getCause()).isEqualTo("import_error");
        assertThat(g.get("kind")).isEqualTo("shadowed_module");
        assertThat(g.get("file")).endsWith("tools/fetch.py");
    }

    @Test
    void subprocessCannotStartAScriptWithoutExecuteBit_thenFixPermissionsIsProposed() throws Exception {
        write("tool.sh", "#!/bin/sh\necho hi\n");
        write("run.py", "import subprocess\nsubprocess.run(['./tool.sh'], check=True)\n");
        Diagnosis g = primary(run("python3", "run.py"));
        assertThat(g.getCause()).isEqualTo("permission");
        assertThat(g.get("operation")).isEqualTo("exec");
        assertThat(g.get("path")).isEqualTo("./tool.sh");
    }

    @Test
    void mkdirOfANestedFolder_thenTheMissingParentIsWhatToCreate() throws Exception {
        write("setup.py", "import os\nos.mkdir('build/assets/img')\n");
        Diagnosis g = primary(run("python3", "setup.py"));
        assertThat(g.getCause()).isEqualTo("file_not_found");
        assertThat(g.get("missing_dir")).isEqualTo("build/assets");
        write("setup.js", "require('fs').mkdirSync('build/assets/img');\n");
        Diagnosis n = primary(run("node", "setup.js"));
        assertThat(n.get("missing_dir")).isEqualTo("build/assets");
    }

    @Test
    void nodeRequiresAMissingLocalFile_thenImportErrorNamingTheRequirer() throws Exception {
        write("app.js", "const h = require('./lib/helper');\n");
        Diagnosis g = primary(run("node", "app.js"));
        assertThat(g.getCause()).isEqualTo("import_error");
        assertThat(g.get("kind")).isEqualTo("cjs_relative_path");
        assertThat(g.get("file")).endsWith("app.js");
    }

    @Test
    void nodeIsAskedToRunAScriptThatIsNotThere_thenAMissingFile() throws Exception {
        Diagnosis g = primary(run("node", "scripts/migrate.js"));
        assertThat(g.getCause()).isEqualTo("file_not_found");
        assertThat(g.get("path")).isEqualTo("scripts/migrate.js");
    }

    @Test
    void nodeNamedImportFromCommonJs_thenImportErrorNotSyntax() throws Exception {
        write("cj.cjs", "module.exports = { a: 1 };\n");
        write("app.mjs", "import { b } from './cj.cjs';\nconsole.log(b);\n");
        Diagnosis g = primary(run("node", "app.mjs"));
        assertThat(g.getCause()).isEqualTo("import_error");
        assertThat(g.get("name")).isEqualTo("b");
        assertThat(g.get("from_module")).isEqualTo("./cj.cjs");
    }

    @Test
    void nodeRequiresABrokenJsonFile_thenMalformedJsonWithTheFile() throws Exception {
        write("cfg/bad.json", "{\"a\": 1,}\n");
        write("app.js", "const cfg = require('./cfg/bad.json');\n");
        Diagnosis g = primary(run("node", "app.js"));
        assertThat(g.getCause()).isEqualTo("json_format");
        assertThat(g.get("json_file")).endsWith("cfg/bad.json");
    }

    @Test
    void javaSourceFileOrJarMissing_thenTheLauncherNamesAMissingFile() throws Exception {
        Diagnosis g = primary(run("java", "tools/Migrate.java"));
        assertThat(g.getCause()).isEqualTo("file_not_found");
        assertThat(g.get("path")).isEqualTo("tools/Migrate.java");
        Diagnosis jar = primary(run("java", "-jar", "build/app.jar"));
        assertThat(jar.get("path")).isEqualTo("build/app.jar");
    }

    @Test
    void javaWritesIntoAMissingFolder_thenTheFolderIsWhatToCreate() throws Exception {
        write("Write.java", "public class Write { public static void main(String[] a) throws Exception {\n"
                + "  java.nio.file.Files.writeString(java.nio.file.Path.of(\"out/x/r.txt\"), \"x\"); } }\n");
        Diagnosis g = primary(run("java", "Write.java"));
        assertThat(g.getCause()).isEqualTo("file_not_found");
        assertThat(g.get("missing_dir")).isEqualTo("out/x");
    }

    @Test
    void jacksonPrintsItsLocationUnderTheMessage_thenLineAndColumnOfTheJsonFile() {
        Diagnosis g = primary(decide(List.of("java", "-cp", "lib/*", "tools/State.java", "data/state.json"), 1, String.join("\n",
                "Exception in thread \"main\" com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED; line: 1, column: 10])",
                " at [Source: REDACTED; line: 1, column: 15]",
                "\tat com.fasterxml.jackson.core.base.ParserMinimalBase._reportInvalidEOF(ParserMinimalBase.java:585)",
                "\tat State.main(State.java:6)", "")));
        assertThat(g.getCause()).isEqualTo("json_format");
        assertThat(g.get("json_file")).isEqualTo("data/state.json");
        assertThat(g.get("line")).isEqualTo("1");
        assertThat(g.get("column")).isEqualTo("15");
    }

    @Test
    void jacksonReadsValidJsonOfTheWrongShape_thenNoDiagnosis() {
        Decision d = decide(List.of("java", "App.java"), 1, String.join("\n",
                "Exception in thread \"main\" com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `int` from String \"x\"",
                " at [Source: REDACTED; line: 1, column: 8]",
                "\tat App.main(App.java:6)", ""));
        assertThat(d.diagnoses()).isEmpty();
    }

    @Test
    void aSocketErrorInsideAWebSocketClient_thenWebSocketNotConnection() {
        Diagnosis py = primary(decide(List.of("python3", "tools/ws.py"), 1, String.join("\n",
                "Traceback (most recent call last):",
                "  File \"/srv/tools/ws.py\", line 3, in <module>",
                "    ws.send('subscribe')",
                "  File \"/usr/lib/python3/dist-packages/websocket/_socket.py\", line 150, in _send",
                "    return sock.send(data)",
                "ConnectionResetError: [Errno 104] Connection reset by peer", "")));
        assertThat(py.getCause()).isEqualTo("websocket");
        Diagnosis node = primary(decide(List.of("node", "probe.js"), 1, String.join("\n",
                "Error: connect ECONNREFUSED 127.0.0.1:9",
                "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)",
                "Emitted 'error' event on WebSocket instance at:",
                "    at emitErrorAndClose (/app/node_modules/ws/lib/websocket.js:1002:13) {",
                "  errno: -111,", "  code: 'ECONNREFUSED',", "  syscall: 'connect',", "  address: '127.0.0.1',", "  port: 9", "}",
                "", "Node.js v20.20.2", "")));
        assertThat(node.getCause()).isEqualTo("websocket");
        assertThat(node.get("port")).isEqualTo("9");
    }

    @Test
    void anErrorQuotedFromAServersHttp500Answer_thenNoDiagnosis() {
        Decision d = decide(List.of("python3", "tools/submit.py"), 1,
                "server said: 500 Internal Server Error\npsycopg2.OperationalError: could not connect to server: Connection refused\n");
        assertThat(d.diagnoses()).isEmpty();
        assertThat(d.proposals()).isEmpty();
    }

    @Test
    void assertionTextThatMentionsWebSocket_thenNoDiagnosis() throws Exception {
        write("t.js", "require('assert').strictEqual('hello', 'WebSocket connection ready');\n");
        Decision d = run("node", "t.js");
        assertThat(d.diagnoses()).isEmpty();
    }

    @Test
    void nodeTestRunnerFailsOnARefusedConnection_thenConnectionButAnAssertionIsNoCause() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();   // closed again before the test runs: a refused port
        }
        write("t/api.test.js", "const test = require('node:test');\nconst http = require('node:http');\n"
                + "test('health', async () => {\n  await new Promise((res, rej) => http.get('http://127.0.0.1:" + port
                + "/health', res).on('error', rej));\n});\n");
        Diagnosis g = primary(run("node", "--test", "t/"));
        assertThat(g.getCause()).isEqualTo("connection");
        assertThat(g.get("port")).isEqualTo(String.valueOf(port));
        Files.delete(dir.resolve("t/api.test.js"));
        write("t/logic.test.js", "const test = require('node:test');\nconst assert = require('node:assert');\n"
                + "test('sum', () => { assert.strictEqual(1 + 1, 3); });\n");
        assertThat(run("node", "--test", "t/").diagnoses()).isEmpty();
    }
}
