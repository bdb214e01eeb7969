package org.autoheal.heal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.json.Json;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `autoheal repair` on real broken toolchains in a temp home: real scripts, real files, real python3. */
@Tag(Tags.PROCESS)
class RepairEndToEndTest {
    @TempDir Path home;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    Run autoheal(String... args) {
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(home, args);
        return new Run(o.exit(), o.out(), o.err());
    }

    void write(String rel, String text) throws Exception {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    void toolchains(String json) throws Exception {
        write("config/toolchains.json", json);
    }

    @Test
    void whenScriptNotExecutable_thenChmodsWhereReadable_andBacksUpTheMode() throws Exception {
        write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        toolchains("{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode inc = r.json().get("incidents").get(0);
        assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("permission");
        assertThat(inc.get("attempts").get(0).get("strategy").asText()).isEqualTo("fix_permissions");
        assertThat(inc.get("outcome").asText()).isEqualTo("healed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tools/run.sh")))).isEqualTo("rwxr-x---");
        String manifest = inc.get("attempts").get(0).get("backups").get(0).asText();
        assertThat(Files.readString(home.resolve(manifest))).contains("0640");
        assertThat(r.json().get("toolchains").get(0).get("status").asText()).isEqualTo("healed");
        assertThat(Files.readString(home.resolve("logs/autoheal/journal.jsonl"))).contains("\"type\":\"incident\"");
        // the healed outcome is evidence: the rule's learned salience rises
        JsonNode rules = autoheal("rules", "list", "--json").json().get("rules");
        JsonNode chmod = null;
        for (JsonNode n : rules) if (n.get("name").asText().equals("Make script executable")) chmod = n;
        assertThat(chmod.get("learned").get(0).get("cause").asText()).isEqualTo("permission");
        assertThat(chmod.get("learned").get(0).get("learned").asInt()).isPositive();
        assertThat(chmod.get("learned").get(0).get("effective").asInt()).isGreaterThan(chmod.get("base").asInt());
    }

    @Test
    void whenJsonMalformed_thenRepairsIt_keepingEveryValue() throws Exception {
        write("config/settings.json", "{'name': 'a // b', \"debug\": True, \"n\": 1.10,}\n");
        write("tools/app.py", "import json\nprint(json.load(open('config/settings.json')))\n");
        toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode settings = Json.MAPPER.readTree(home.resolve("config/settings.json").toFile());
        assertThat(settings.get("name").asText()).isEqualTo("a // b");
        assertThat(settings.get("debug").asBoolean()).isTrue();
        assertThat(Files.readString(home.resolve("config/settings.json")))
                .as("only the broken tokens change").isEqualTo("{\"name\": \"a // b\", \"debug\": true, \"n\": 1.10}\n");
        try (var files = Files.list(home.resolve("config"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("settings.json", "toolchains.json");
        }
    }

    @Test
    void whenJsonHasACommentAndCrlf_thenOnlyThoseLinesChange_andTheReportQuotesTheComment() throws Exception {
        write("config/settings.json", "{\r\n  // who owns this\r\n  \"owner\":  \"ops\",\r\n  \"n\": 1.50E+3,\r\n}\r\n");
        write("tools/app.py", "import json\nprint(json.load(open('config/settings.json')))\n");
        toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(home.resolve("config/settings.json")))
                .isEqualTo("{\r\n  \"owner\":  \"ops\",\r\n  \"n\": 1.50E+3\r\n}\r\n");
        assertThat(r.out()).contains("line 2, column 3: removed comment \\\"// who owns this\\\"")
                .contains("line 4, column 15: removed trailing comma");
    }

    @Test
    void whenAnUnclosedStringCouldCloseInTwoPlaces_thenTheFileIsLeftByteForByte() throws Exception {
        String broken = "[\"https://x/,2]\n";
        write("config/settings.json", broken);
        write("tools/app.py", "import json\nprint(json.load(open('config/settings.json')))\n");
        toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).isNotZero();
        assertThat(Files.readString(home.resolve("config/settings.json"))).isEqualTo(broken);
        assertThat(r.out()).contains("it could close at 1:13 or at 1:14");
    }

    @Test
    void whenSyntaxBroken_andWriteDirMissing_thenBothToolchainsHealInOneRun() throws Exception {
        write("tools/greet.py", "def greet(name)\n    return 'hi ' + name\nprint(greet('x'))\n");
        write("tools/export.py", "open('out/report.csv', 'w').write('a')\n");
        toolchains("{\"toolchains\": {\"syntax\": {\"command\": [\"python3\", \"tools/greet.py\"]},"
                + " \"export\": {\"command\": [\"python3\", \"tools/export.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(home.resolve("tools/greet.py"))).startsWith("def greet(name):\n").endsWith("print(greet('x'))\n");
        assertThat(home.resolve("out/report.csv")).exists();
        assertThat(r.json().get("incidents")).extracting(i -> i.get("diagnosis").get("cause").asText())
                .containsExactly("syntax", "file_not_found");
    }

    @Test
    void dryRunChangesNothing_notEvenAMode() throws Exception {
        write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        toolchains("{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
        Run r = autoheal("repair", "--dry-run", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("incidents").get(0).get("outcome").asText()).isEqualTo("dry_run");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tools/run.sh")))).isEqualTo("rw-r--r--");
        assertThat(home.resolve("backups")).doesNotExist();
    }

    @Test
    void whenFixDoesNotVerify_thenRolledBackByteIdentical() throws Exception {
        // the script is made executable, but then fails with the same error: an exec of a non-executable helper
        write("tools/run.sh", "#!/bin/sh\n./tools/helper.sh\n");
        write("tools/helper.sh", "#!/bin/sh\necho never\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(home.resolve("tools/helper.sh"), PosixFilePermissions.fromString("-w-------"));
        // both errors on one stream: stdout and stderr lines interleave in no fixed order
        toolchains("{\"toolchains\": {\"build\": {\"command\": [\"sh\", \"-c\", \"./tools/run.sh 2>&1 || ./tools/helper.sh 2>&1\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tools/run.sh")))).isEqualTo("rw-r--r--");
    }

    @Test
    void undiagnosedErrorChangesNothing() throws Exception {
        write("tools/div.py", "print(1/0)\n");
        toolchains("{\"toolchains\": {\"div\": {\"command\": [\"python3\", \"tools/div.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("incidents").get(0).get("outcome").asText()).isEqualTo("undiagnosed");
        assertThat(home.resolve("backups")).doesNotExist();
    }

    @Test
    void pathOutsideTheRootsIsRefused() throws Exception {
        Path outside = Files.createTempFile("autoheal-outside", ".sh");
        try {
            Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
            write("tools/run.sh", "#!/bin/sh\nexec " + outside + "\n");
            Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
            toolchains("{\"toolchains\": {\"build\": {\"command\": [\"sh\", \"tools/run.sh\"]}}}");
            Run r = autoheal("repair", "--yes", "--json");
            assertThat(r.exit()).isEqualTo(1);
            JsonNode inc = r.json().get("incidents").get(0);
            assertThat(inc.get("outcome").asText()).as(r.out()).isEqualTo("refused");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outside))).isEqualTo("rw-r--r--");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void badToolchainsJsonIsExit2AndNotRepaired() throws Exception {
        toolchains("{\"toolchains\": {\"x\": {\"command\": [\"true\"], \"bogus\": 1}}}");
        String before = Files.readString(home.resolve("config/toolchains.json"));
        Run r = autoheal("repair", "--yes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("config/toolchains.json:1:").contains("bogus");
        assertThat(Files.readString(home.resolve("config/toolchains.json"))).isEqualTo(before);
    }

    @Test
    void historyListsTheIncident_andRollbackRestoresTheOriginal() throws Exception {
        String broken = "{'name': 'x',}\n";
        write("config/app.json", broken);
        write("tools/app.py", "import json\nprint(json.load(open('config/app.json')))\n");
        toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        String id = r.json().get("incidents").get(0).get("id").asText();
        Run h = autoheal("history", "--tool", "app", "--json");
        assertThat(h.json().get("incidents").get(0).get("id").asText()).isEqualTo(id);
        assertThat(h.json().get("incidents").get(0).get("outcome").asText()).isEqualTo("healed");
        assertThat(autoheal("rollback", id).exit()).isZero();
        assertThat(Files.readString(home.resolve("config/app.json"))).isEqualTo(broken);
        assertThat(autoheal("rollback", "../../etc").exit()).isEqualTo(2);
    }

    @Test
    void symlinkLeavingTheRootsIsRefused() throws Exception {
        Path outside = Files.createTempDirectory("autoheal-outside");
        try {
            Files.writeString(outside.resolve("settings.json"), "{'a': 1,}\n");
            Files.createDirectories(home.resolve("config"));
            Files.createSymbolicLink(home.resolve("config/settings.json"), outside.resolve("settings.json"));
            write("tools/app.py", "import json\nprint(json.load(open('config/settings.json')))\n");
            toolchains("{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
            Run r = autoheal("repair", "--yes", "--json");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.json().get("incidents").get(0).get("outcome").asText()).isEqualTo("refused");
            assertThat(Files.readString(outside.resolve("settings.json"))).isEqualTo("{'a': 1,}\n");
        } finally {
            Files.deleteIfExists(outside.resolve("settings.json"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void failedFixIsRolledBackByteIdentical_thenTheNextProposalHeals() throws Exception {
        write("config/data.txt", "original\n");
        write("tools/check.py", "import sys\nd = open('config/data.txt').read()\nif d != 'good':\n"
                + "    print('BROKEN data')\n    sys.exit(1)\nprint('ok')\n");
        write("tools/put.py", "import sys\nopen(sys.argv[1], 'w').write(sys.argv[2])\n");
        write("config/autoheal.json", org.autoheal.testing.CompetingFixture.STRATEGIES);
        write("rules/data.drl", org.autoheal.testing.CompetingFixture.RULES);
        Files.setPosixFilePermissions(home.resolve("config/data.txt"), PosixFilePermissions.fromString("rw-r-----"));
        toolchains("{\"toolchains\": {\"data\": {\"command\": [\"python3\", \"tools/check.py\"]}}}");
        Run r = autoheal("repair", "--yes", "--json");
        assertThat(r.exit()).as(r.err() + r.out()).isZero();
        JsonNode attempts = r.json().get("incidents").get(0).get("attempts");
        assertThat(attempts.get(0).get("strategy").asText()).isEqualTo("write_junk");
        assertThat(attempts.get(0).get("outcome").asText()).isEqualTo("failed");
        assertThat(attempts.get(1).get("strategy").asText()).isEqualTo("write_good");
        assertThat(attempts.get(1).get("outcome").asText()).isEqualTo("healed");
        assertThat(Files.readString(home.resolve("config/data.txt"))).isEqualTo("good");
        // the junk attempt was rolled back to the original bytes and mode before the good one ran
        assertThat(r.err()).contains("write_junk").contains("rolled back");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("config/data.txt")))).isEqualTo("rw-r-----");
        String manifest = Files.readString(home.resolve(attempts.get(0).get("backups").get(0).asText()));
        assertThat(manifest).contains("data.txt").contains("0640");
        Path folder = home.resolve(attempts.get(0).get("backups").get(0).asText()).getParent();
        try (var copies = Files.list(folder)) {
            assertThat(copies.filter(p -> p.getFileName().toString().endsWith("data.txt")).toList())
                    .singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo("original\n"));
        }
    }

    @Test
    void unknownToolIsExit2() throws Exception {
        toolchains("{\"toolchains\": {\"x\": {\"command\": [\"true\"]}}}");
        Run r = autoheal("repair", "--tool", "nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown toolchain 'nope'");
    }
}
