package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 10, the small things that cost trust: `rollback last`; a rollback of a heal that
 * created a folder says once what it restored and what it kept; an install is not undone by a
 * rollback and says so; "not approved" without a terminal says what to do; a command strategy's
 * last output lines reach the report and the journal; custom-pattern progress lines stay short.
 */
@Tag(Tags.PROCESS)
class TrustDetailsCliTest {
    @TempDir Path home;

    void write(String rel, String text) throws Exception {
        Files.createDirectories(home.resolve(rel).getParent());
        Files.writeString(home.resolve(rel), text);
    }

    /** A toolchain that writes out/log.txt: create_missing creates out/, the verification run puts a file in it. */
    void folderHome() throws Exception {
        write("tools/app.py", "open('out/log.txt', 'a').write('ran\\n')\nprint('ok')\n");
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
    }

    @Test
    void whenRollbackLast_thenTheNewestIncidentWithBackups_andACreatedFolderIsEitherRemovedOrKeptOnce() throws Exception {
        folderHome();
        Cli.Output none = Cli.run(home, "rollback", "last");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("rollback last: no incident with backups");

        assertThat(Cli.run(home, "repair", "--yes").exit()).isZero();
        Cli.Output kept = Cli.run(home, "rollback", "last");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("kept out: the heal created this folder, and it now holds files the heal did not record")
                .contains(" (0 of 1 entries restored, 1 kept)").doesNotContain("restored out");
        assertThat(kept.out().split("out:", -1)).hasSize(2); // said once
        assertThat(kept.err()).doesNotContain("kept folder");

        Files.delete(home.resolve("out/log.txt"));
        Cli.Output removed = Cli.run(home, "rollback", "last");
        assertThat(removed.out()).contains("removed out (the heal created it)").contains(" (1 of 1 entries restored)")
                .doesNotContain("kept");
        assertThat(home.resolve("out")).doesNotExist();
        JsonNode last = lastRecord("rollback");
        assertThat(last.get("restored").asInt()).isEqualTo(1);
    }

    @Test
    void whenAFailedHealRollsBackACreatedFolderThatFilledUp_thenTheProgressSaysItWasKept() throws Exception {
        // a command strategy that creates cache/ (declared in touches) and a file in it; the toolchain stays broken
        write("tools/app.py", "raise OSError(98, 'Address already in use')\n");
        write("tools/mk.py", "import os\nos.makedirs('cache')\nopen('cache/x.txt', 'w').write('x')\n");
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        write("config/autoheal.json", "{\"strategies\": {\"mk\": {\"command\": [\"python3\", \"tools/mk.py\"], \"touches\": [\"cache\"]}}}");
        write("config/autoheal_patterns.json", "{\"AddrInUse\": {\"pattern\": \"Address already in use\", \"solution\": \"mk\"}}");
        Cli.Output r = Cli.run(home, "repair", "--yes");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(": rolled back; kept cache: the heal created it, and it now holds files the heal did not record");
        assertThat(r.err()).doesNotContain("kept folder");
    }

    JsonNode lastRecord(String type) throws Exception {
        JsonNode found = null;
        for (String line : Files.readAllLines(home.resolve("logs/autoheal/journal.jsonl"))) {
            JsonNode r = Json.MAPPER.readTree(line);
            if (r.path("type").asText().equals(type)) found = r;
        }
        return found;
    }

    /** A custom pattern (long description) whose command strategy prints many lines. */
    void commandStrategyHome() throws Exception {
        write("tools/app.py", "import os\nif not os.path.exists('freed'):\n    raise OSError(98, 'Address already in use')\nprint('ok')\n");
        write("tools/free_port.py", "import sys\nopen('freed', 'w').write('x')\nfor i in range(8): print('line', i)\nprint('freed port', sys.argv[1])\n");
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        write("config/autoheal.json", "{\"strategies\": {\"free_port\": {\"command\": [\"python3\", \"tools/free_port.py\", \"{port}\"]}}}");
        write("config/autoheal_patterns.json", "{\"AddrInUse\": {\"pattern\": \"OSError: \\\\[Errno (?<port>98)\\\\] Address already in use\", "
                + "\"solution\": \"free_port\", \"description\": \"" + "Another process holds the port. ".repeat(8) + "\"}}");
    }

    @Test
    void whenNoTerminalAndNoYes_thenNotApprovedSaysPassYesOrSetAutoApprove() throws Exception {
        commandStrategyHome();
        Cli.Output r = Cli.run(home, "repair");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("not approved: no terminal to ask y/N on; pass --yes or set \"auto_approve\": true in config/autoheal.json");
        assertThat(home.resolve("freed")).doesNotExist();
    }

    @Test
    void whenCommandStrategyRuns_thenItsLastLinesAreInReportAndJournal_andProgressLinesStayShort() throws Exception {
        commandStrategyHome();
        Cli.Output r = Cli.run(home, "repair", "--yes");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("last output: line 4 | line 5 | line 6 | line 7 | freed port 98");
        JsonNode attempt = lastRecord("incident").get("attempts").get(0);
        assertThat(attempt.get("detail").asText()).endsWith("last output: line 4 | line 5 | line 6 | line 7 | freed port 98");
        List<String> progress = r.out().lines().filter(l -> l.startsWith("[app]")).toList();
        assertThat(progress).contains("[app] diagnosis: AddrInUse {port=98} (rule \"Custom pattern\")");
        assertThat(progress).allMatch(l -> !l.contains("Another process holds the port"));
        assertThat(progress).allMatch(l -> l.length() < 240, "short");
    }
}
