package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `health` says valid exactly when Python's strict loader ({@code json.load} of the file opened
 * as UTF-8) loads it, and for an invalid file says what is wrong, where, and whether repair helps.
 */
@Tag(Tags.PROCESS)
class HealthJsonAgreementTest {
    @TempDir Path dir;

    @Test
    void jsonCheck_agreesWithPythonsLoader_andSaysWhetherRepairCanHelp() throws Exception {
        TestHome home = new TestHome(dir);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ok.json", utf8("{\"a\": [1, 2]}\n"));
        files.put("dup.json", utf8("{\"a\": 1,\n \"a\": 2}\n"));
        files.put("bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{\"a\": 1}\n")));
        files.put("utf16.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_16LE)));
        files.put("utf16be.json", "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_16BE));
        files.put("latin1.json", "{\"a\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("deep.json", utf8("[".repeat(100_000) + "]".repeat(100_000)));
        files.put("trailing.json", utf8("{\"a\": 1,}\n"));
        files.put("ambiguous.json", utf8("[\"https://x/,2]\n"));
        files.put("accent.json", utf8("{\"name\": \"caf\u00e9\", \"x\": }\n"));
        files.put("replacement.json", utf8("\uFFFD[1]\n"));
        StringBuilder args = new StringBuilder();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve("config").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
            args.append(", \"").append(f.getKey()).append('"');
        }
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"-c\", \"pass\"" + args
                + "], \"workdir\": \"config\", \"roots\": [\"config\"]}}}");

        JsonNode report = home.autoheal("health", "--json").jsonObject();

        for (String name : files.keySet()) {
            JsonNode c = TestHome.healthCheck(report, "json", "config/" + name);
            assertThat(c.get("ok").asBoolean()).as(name + ": " + c).isEqualTo(pythonLoads(dir.resolve("config").resolve(name)));
            if (!c.get("ok").asBoolean()) {
                assertThat(c.get("line").asInt()).as(name + " has a real location: " + c).isPositive();
                assertThat(c.get("detail").asText()).startsWith("line " + c.get("line").asInt() + ", column ");
            }
        }
        assertThat(detail(report, "ok.json")).isEqualTo("valid JSON");
        assertThat(detail(report, "dup.json")).startsWith("valid JSON; warning: line 2, column").contains("Duplicate field 'a'");
        assertThat(detail(report, "bom.json")).contains("UTF-8 byte order mark").contains("`autoheal repair` can repair it")
                .contains("removed byte order mark");
        assertThat(detail(report, "utf16.json")).contains("UTF-16").contains("does not re-encode").contains("iconv");
        assertThat(detail(report, "utf16be.json")).contains("UTF-16");
        assertThat(detail(report, "latin1.json")).startsWith("line 1, column 11: byte E9 is not valid UTF-8")
                .contains("cannot know which character");
        assertThat(detail(report, "deep.json")).startsWith("line 1, column 100").contains("nesting depth")
                .contains("would refuse it");
        assertThat(detail(report, "trailing.json")).contains("`autoheal repair` can repair it (line 1, column 8: removed trailing comma)");
        // columns count characters, as Python's do ("Expecting value: line 1 column 23"), not UTF-8 bytes
        assertThat(detail(report, "accent.json")).startsWith("line 1, column 23: Unexpected character ('}'");
        assertThat(detail(report, "replacement.json")).startsWith("line 1, column 1: Unexpected character").doesNotContain("UTF-8");
        assertThat(detail(report, "ambiguous.json")).contains("`autoheal repair` would refuse it")
                .contains("it could close at 1:13 or at 1:14");
    }

    private static String detail(JsonNode report, String name) {
        return TestHome.healthCheck(report, "json", "config/" + name).get("detail").asText();
    }

    /** The strict loader the issue measured against: Python's json on the file opened as UTF-8. */
    private static boolean pythonLoads(Path file) throws Exception {
        Process p = new ProcessBuilder("python3", "-c",
                "import json, sys\njson.load(open(sys.argv[1], encoding='utf-8'))", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
