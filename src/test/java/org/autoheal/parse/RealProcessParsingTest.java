package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs of real python3, node, bash, dash and curl runs in a temp folder, parsed as they come. */
@Tag(Tags.PROCESS)
class RealProcessParsingTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    @Test
    void pythonIndentationErrorWithoutCaret_givesTheHeaderFileAndLine() throws Exception {
        write("tools/ind.py", "def f():\n    x = 1\n      y = 2\n");
        ToolchainError e = Run.parse(dir, "python3", "tools/ind.py");
        assertThat(e.getLanguage()).isEqualTo("python");
        assertThat(e.getType()).isEqualTo("IndentationError");
        assertThat(e.getFile()).endsWith("tools/ind.py");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getCodeLine()).isEqualTo("y = 2");
    }

    @Test
    void pythonErrorInAnImportedModule_pointsAtThatModule() throws Exception {
        write("main.py", "import helper\n");
        write("helper.py", "import os\nimport nosuchthing_xyz.sub\n");
        ToolchainError e = Run.parse(dir, "python3", "main.py");
        assertThat(e.getType()).isEqualTo("ModuleNotFoundError");
        assertThat(e.getModule()).isEqualTo("nosuchthing_xyz");
        assertThat(e.getFile()).endsWith("/helper.py");
        assertThat(e.getLine()).isEqualTo(2);
        assertThat(e.getExitCode()).isEqualTo(1);
    }

    @Test
    void pythonInterpreterMessages_giveModuleOrPath() throws Exception {
        ToolchainError m = Run.parse(dir, "python3", "-m", "no_such_mod_xyz");
        assertThat(m.getModule()).isEqualTo("no_such_mod_xyz");
        assertThat(m.getMessage()).isEqualTo("No module named no_such_mod_xyz");
        assertThat(m.detail("python_module")).isEqualTo("no_such_mod_xyz");
        ToolchainError f = Run.parse(dir, "python3", "missing_script.py");
        assertThat(f.getPath()).endsWith("missing_script.py");
        assertThat(f.getErrno()).isEqualTo(2);
        assertThat(f.getCode()).isEqualTo("ENOENT");
    }

    @Test
    void pythonThreeLevelChain_keepsOutermostAndEveryType() throws Exception {
        write("chain.py", """
                import json
                class AppError(Exception):
                    pass
                def load():
                    try:
                        open("conf/missing.json")
                    except OSError as exc:
                        raise ValueError("bad config") from exc
                try:
                    load()
                except ValueError:
                    raise AppError("startup failed")
                """);
        ToolchainError e = Run.parse(dir, "python3", "chain.py");
        assertThat(e.getType()).isEqualTo("AppError");
        assertThat(e.getMessage()).isEqualTo("startup failed");
        assertThat(e.getTypes()).contains("AppError", "ValueError", "FileNotFoundError");
        assertThat(e.getChain()).containsExactly(
                "FileNotFoundError: [Errno 2] No such file or directory: 'conf/missing.json'", "ValueError: bad config");
        assertThat(e.getPath()).isEqualTo("conf/missing.json");
        assertThat(e.getJsonFile()).isEqualTo("conf/missing.json");
        assertThat(e.getLine()).isEqualTo(12);
    }

    @Test
    void nodeJsonParseError_givesPositionCallerAndJsonFileFromArgv() throws Exception {
        write("cfg.json", "{\"a\":1,}");
        write("read.js", "const fs = require('fs');\nJSON.parse(fs.readFileSync(process.argv[2], 'utf8'));\n");
        ToolchainError e = Run.parse(dir, "node", "read.js", "cfg.json");
        assertThat(e.getLanguage()).isEqualTo("node");
        assertThat(e.getType()).isEqualTo("SyntaxError");
        assertThat(e.detail("json_position")).isEqualTo("7");
        assertThat(e.detail("json_parse")).isEqualTo("true");
        assertThat(e.getFile()).endsWith("/read.js");
        assertThat(e.getLine()).isEqualTo(2);
        assertThat(e.getJsonFile()).as("named only by the argv").isEqualTo("cfg.json");
        assertThat(e.getCodeLine()).as("node's <anonymous_script> pointer is not user code").isNull();
    }

    @Test
    void nodeMissingFile_givesPathSyscallAndErrno() throws Exception {
        write("r.js", "const fs = require('fs');\nfs.readFileSync('conf/x.json');\n");
        ToolchainError e = Run.parse(dir, "node", "r.js");
        assertThat(e.getPath()).isEqualTo("conf/x.json");
        assertThat(e.getCode()).isEqualTo("ENOENT");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getSyscall()).isEqualTo("open");
        assertThat(e.getFile()).endsWith("/r.js");
    }

    @Test
    void nodeMissingCommonJsModule_givesModuleAndCode() throws Exception {
        write("m.js", "require('left-pad-xyz');\n");
        ToolchainError e = Run.parse(dir, "node", "m.js");
        assertThat(e.getModule()).isEqualTo("left-pad-xyz");
        assertThat(e.getCode()).isEqualTo("MODULE_NOT_FOUND");
        assertThat(e.getFile()).endsWith("/m.js");
        assertThat(e.getPath()).isNull();
    }

    @Test
    void nodeSyntaxError_givesTheSourcePointer() throws Exception {
        write("s.js", "const a = 1;\nfunction f( {\n");
        ToolchainError e = Run.parse(dir, "node", "s.js");
        assertThat(e.getType()).isEqualTo("SyntaxError");
        assertThat(e.getFile()).endsWith("/s.js");
        assertThat(e.getLine()).isNotNull();
    }

    @Test
    void nodeFetchToAClosedPort_readsTheNestedCause() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        write("f.mjs", "await fetch('http://127.0.0.1:" + port + "/x');\n");
        ToolchainError e = Run.parse(dir, "node", "f.mjs");
        assertThat(e.getType()).isEqualTo("TypeError");
        assertThat(e.getMessage()).isEqualTo("fetch failed");
        assertThat(e.getChain()).containsExactly("Error: connect ECONNREFUSED 127.0.0.1:" + port);
        assertThat(e.getCode()).isEqualTo("ECONNREFUSED");
        assertThat(e.getErrno()).isEqualTo(111);
        assertThat(e.getSyscall()).isEqualTo("connect");
        assertThat(e.getHost()).isEqualTo("127.0.0.1");
        assertThat(e.getPort()).isEqualTo(port);
        assertThat(e.getFile()).endsWith("/f.mjs");
    }

    @Test
    void bashAndDashScriptMessages_giveScriptLineAndMissingPath() throws Exception {
        write("run.sh", "nothere_cmd_xyz\n./nothere.sh\n");
        ToolchainError bash = Run.parse(dir, "bash", "run.sh");
        assertThat(bash.getLanguage()).isEqualTo("shell");
        assertThat(bash.getType()).isEqualTo("No such file or directory");
        assertThat(bash.getPath()).isEqualTo("./nothere.sh");
        assertThat(bash.getFile()).isEqualTo("run.sh");
        assertThat(bash.getLine()).isEqualTo(2);
        assertThat(bash.getExitCode()).isEqualTo(127);
        ToolchainError dash = Run.parse(dir, "dash", "run.sh");
        assertThat(dash.getType()).isEqualTo("not found");
        assertThat(dash.getPath()).isEqualTo("./nothere.sh");
    }

    @Test
    void bashPermissionDeniedOnAProgram_isAnExecFailure() throws Exception {
        write("tools/run.sh", "echo hi\n");
        write("go.sh", "./tools/run.sh\n");
        ToolchainError e = Run.parse(dir, "bash", "go.sh");
        assertThat(e.getType()).isEqualTo("Permission denied");
        assertThat(e.getPath()).isEqualTo("./tools/run.sh");
        assertThat(e.getErrno()).isEqualTo(13);
        assertThat(e.getCode()).isEqualTo("EACCES");
        assertThat(e.getExitCode()).isEqualTo(126);
    }

    @Test
    void bashSignalReport_givesTheSignalAndNoPath() throws Exception {
        write("crash.sh", "python3 -c \"import ctypes; ctypes.string_at(0)\"\n");
        ToolchainError e = Run.parse(dir, "bash", "crash.sh");
        assertThat(e.getType()).isEqualTo("Segmentation fault");
        assertThat(e.detail("signal")).isEqualTo("Segmentation fault");
        assertThat(e.detail("pid")).matches("\\d+");
        assertThat(e.getPath()).isNull();
        assertThat(e.getModule()).isNull();
        assertThat(e.getExitCode()).isEqualTo(139);
    }

    @Test
    void bashMissingInterpreter_givesTheScriptAsPathAndExec() throws Exception {
        write("bi.py", "#!/nonexistent/python\nprint(1)\n");
        dir.resolve("bi.py").toFile().setExecutable(true);
        write("go.sh", "./bi.py\n");
        ToolchainError e = Run.parse(dir, "bash", "go.sh");
        assertThat(e.getPath()).isEqualTo("./bi.py");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getSyscall()).isEqualTo("exec");
    }

    @Test
    void pythonSyntaxErrorInAnImportedModule_givesThatModulesHeaderAndCaret() throws Exception {
        write("app/main.py", "import bad\n");
        write("app/bad.py", "x = 1\n\ndef f(\n");
        ToolchainError e = Run.parse(dir, "python3", "app/main.py");
        assertThat(e.getType()).isEqualTo("SyntaxError");
        assertThat(e.getFile()).endsWith("app/bad.py");
        assertThat(e.getLine()).isEqualTo(3);
        assertThat(e.getColumn()).isEqualTo(6);
        assertThat(e.getCodeLine()).isEqualTo("def f(");
    }

    @Test
    void pythonWriteThroughPathlib_isWriteModeAtTheUserFrame() throws Exception {
        write("w.py", "import atexit\natexit.register(lambda: print('bye'))\nfrom pathlib import Path\n"
                + "Path('out/x.json').write_text('{}')\n");
        ToolchainError e = Run.parse(dir, "python3", "w.py");
        assertThat(e.getType()).isEqualTo("FileNotFoundError");
        assertThat(e.getFile()).endsWith("/w.py");
        assertThat(e.getLine()).isEqualTo(4);
        assertThat(e.getMode()).isEqualTo("write");
        assertThat(e.getPath()).isEqualTo("out/x.json");
    }

    @Test
    void curlToAClosedPort_givesHostPortAndUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/api";
        ToolchainError e = Run.parse(dir, "curl", "-sS", "--max-time", "10", url);
        assertThat(e.getType()).isEqualTo("curl");
        assertThat(e.detail("curl_exit")).isEqualTo("7");
        assertThat(e.getHost()).isEqualTo("127.0.0.1");
        assertThat(e.getPort()).isEqualTo(port);
        assertThat(e.getUrl()).isEqualTo(url);
    }
}
