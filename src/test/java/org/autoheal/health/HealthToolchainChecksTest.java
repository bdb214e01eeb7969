package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programs, JSON files and required modules of toolchains, checked for real in a temp home. */
@Tag(Tags.PROCESS)
class HealthToolchainChecksTest {
    @TempDir Path dir;
    TestHome home;

    @BeforeEach
    void setUp() {
        home = new TestHome(dir);
    }

    @Test
    void aScriptWithoutExecuteBit_fails_andPassesOnceExecutable() throws Exception {
        Path script = home.write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        home.toolchains("{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
        Cli.Output r = home.autoheal("health", "--json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode c = r.jsonObject().get("failed").get(0);
        assertThat(c.get("kind").asText()).isEqualTo("executable");
        assertThat(c.get("tool").asText()).isEqualTo("build");
        assertThat(c.get("detail").asText()).contains("tools/run.sh is not executable").contains("rw-r--r--");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(home.autoheal("health").exit()).isZero();
        Files.delete(script);
        Cli.Output gone = home.autoheal("health", "--json");
        assertThat(gone.jsonObject().get("failed").get(0).get("detail").asText()).contains("does not exist");
    }

    @Test
    void aProgramNotOnPath_fails() throws Exception {
        home.toolchains("{\"toolchains\": {\"x\": {\"command\": [\"no-such-program-autoheal-test\"]}}}");
        Cli.Output r = home.autoheal("health", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(TestHome.healthCheck(r.jsonObject(), "executable", "no-such-program-autoheal-test").get("detail").asText())
                .contains("not on PATH");
    }

    @Test
    void invalidJson_isReportedWithLineAndColumn() throws Exception {
        home.write("config/app.json", "{\n  \"name\": \"x\",\n  \"list\": [1,, 2]\n}\n"); // the 2nd comma: line 3, column 14
        home.write("config/ok.json", "{\"a\": [1, 2]}\n");
        home.write("config/dup.json", "{\"a\": 1, \"a\": 2}\n");
        home.write("config/trailing.json", "{\"a\": 1}\n{\"b\": 2}\n");
        home.write("outside.json", "not json");
        home.toolchains("""
                {"toolchains": {"app": {"command": ["python3", "-c", "pass", "config/app.json", "--extra=config/dup.json",
                                                    "../outside.json", "config/ok.json", "config/trailing.json", "config/out.json"],
                                        "workdir": "config", "roots": ["config"],
                                        "files": {"config/ok.json": {"template": "config/app.json"}}}}}
                """.replace("\"config/app.json\", \"--extra", "\"app.json\", \"--extra").replace("=config/dup", "=dup")
                .replace("\"config/ok.json\", \"config/trailing.json\", \"config/out.json\"", "\"ok.json\", \"trailing.json\", \"out.json\""));
        Cli.Output r = home.autoheal("health", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode bad = TestHome.healthCheck(r.jsonObject(), "json", "config/app.json");
        assertThat(bad.get("ok").asBoolean()).isFalse();
        assertThat(bad.get("line").asInt()).isEqualTo(3);
        assertThat(bad.get("column").asInt()).isEqualTo(14);
        assertThat(bad.get("detail").asText()).startsWith("line 3, column 14: ")
                .contains("`autoheal repair` would refuse it (3:14: two commas in a row");
        assertThat(TestHome.healthCheck(r.jsonObject(), "json", "config/ok.json").get("ok").asBoolean()).isTrue();
        JsonNode dup = TestHome.healthCheck(r.jsonObject(), "json", "config/dup.json"); // valid JSON, as Python's loader agrees
        assertThat(dup.get("ok").asBoolean()).isTrue();
        assertThat(dup.get("detail").asText()).startsWith("valid JSON; warning: line 1, column").contains("Duplicate field");
        JsonNode trailing = TestHome.healthCheck(r.jsonObject(), "json", "config/trailing.json");
        assertThat(trailing.get("ok").asBoolean()).isFalse();
        assertThat(trailing.get("line").asInt()).isEqualTo(2);
        List<String> subjects = r.jsonObject().get("checks").findValuesAsText("subject");
        assertThat(subjects).as("outside the roots, or absent output files, are not checked")
                .doesNotContain("outside.json", "config/out.json");
    }

    @Test
    void aMissingModule_isReported_fromOneInterpreterProcess_withNamesAsArgv() throws Exception {
        // a wrapper interpreter that logs its argument count, then runs the real python3
        Path py = home.write("tools/py.sh", "#!/bin/sh\necho \"$#\" >> \"$(dirname \"$0\")/calls.log\"\nexec python3 \"$@\"\n");
        Files.setPosixFilePermissions(py, PosixFilePermissions.fromString("rwxr-xr-x"));
        home.write("tools/noisy.py", "import sys\nprint('@@autoheal-imports@@ {}')\nraise RuntimeError('\\x1b[31mred\\nsecond line')\n");
        home.toolchains("""
                {"toolchains": {"app": {"command": ["python3", "-c", "pass"], "python": "tools/py.sh",
                                        "requires": ["json", "xml.dom.minidom", "no_such_module_autoheal", "tools.noisy"]}}}
                """);
        Cli.Output r = home.autoheal("health", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(TestHome.healthCheck(r.jsonObject(), "module", "json").get("ok").asBoolean()).isTrue();
        assertThat(TestHome.healthCheck(r.jsonObject(), "module", "xml.dom.minidom").get("ok").asBoolean()).isTrue();
        JsonNode missing = TestHome.healthCheck(r.jsonObject(), "module", "no_such_module_autoheal");
        assertThat(missing.get("ok").asBoolean()).isFalse();
        assertThat(missing.get("detail").asText()).contains("ModuleNotFoundError");
        JsonNode noisy = TestHome.healthCheck(r.jsonObject(), "module", "tools.noisy");
        assertThat(noisy.get("detail").asText()).contains("RuntimeError").contains("red second line").doesNotContain("\u001b");
        assertThat(Files.readAllLines(dir.resolve("tools/calls.log"))).as("one process: -B -c SCRIPT + 4 names")
                .containsExactly("7");
    }

    @Test
    void aModuleNameThatIsNotADottedIdentifier_isBadConfig_andNothingRuns() throws Exception {
        Path py = home.write("tools/py.sh", "#!/bin/sh\necho run >> \"$(dirname \"$0\")/calls.log\"\nexec python3 \"$@\"\n");
        Files.setPosixFilePermissions(py, PosixFilePermissions.fromString("rwxr-xr-x"));
        home.toolchains("""
                {"toolchains": {"app": {"command": ["python3", "-c", "pass"], "python": "tools/py.sh",
                                        "requires": ["json", "os; import shutil"]}}}
                """);
        Cli.Output r = home.autoheal("health");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("toolchains.app.requires").contains("os; import shutil");
        assertThat(dir.resolve("tools/calls.log")).doesNotExist();
    }

    @Test
    void anUnknownTool_isExit2() throws Exception {
        home.toolchains("{\"toolchains\": {\"a\": {\"command\": [\"python3\"]}}}");
        Cli.Output r = home.autoheal("health", "--tool", "b");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown toolchain 'b'");
    }

    @Test
    void healthChangesNothing_andTextHasNoColorsOffATerminal() throws Exception {
        Path script = home.write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        home.write("config/app.json", "{'a': 1,}");
        home.toolchains("{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\", \"config/app.json\"], \"requires\": [\"json\"]}}}");
        Map<String, String> before = snapshot();
        Cli.Output r = home.autoheal("health");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(r.out()).doesNotContain("\u001b").contains("FAIL").contains("unhealthy: 2 of 4 checks failed");
    }

    private Map<String, String> snapshot() throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                m.put(dir.relativize(p).toString(), Files.isRegularFile(p)
                        ? Files.readString(p) + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) : "dir");
            }
        }
        return m;
    }
}
