package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 4, 5 and 8 through the CLI: a config of any shape is exit 2 naming the file and
 * the JSON path; a broken patterns file stops only the commands that need rules; a folder
 * without config/toolchains.json is not a home.
 */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class HomeConfigCliTest {
    @TempDir Path home;

    void write(String rel, String text) throws Exception {
        Files.createDirectories(home.resolve(rel).getParent());
        Files.writeString(home.resolve(rel), text);
    }

    @Test
    void whenFileTemplateIsAnEmptyObject_thenExit2NamesTheJsonPath_notAnInternalError() throws Exception {
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"true\"], \"files\": {\"config/app.json\": {}}}}}");
        for (String command : List.of("health", "history", "repair")) {
            Cli.Output r = Cli.run(home, command);
            assertThat(r.exit()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(command).contains("config/toolchains.json: toolchains.app.files[\"config/app.json\"].template is required")
                    .doesNotContain("internal error", "Exception");
        }
    }

    @Test
    void whenNullInAListOrMap_thenExit2SaysWhatWasExpected() throws Exception {
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"true\", null]}}}");
        Cli.Output r = Cli.run(home, "health");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("config/toolchains.json:1:").contains("expected a string, found null (at toolchains.app.command[1])");

        write("config/toolchains.json", "{\"toolchains\": {\"app\": null}}");
        r = Cli.run(home, "health");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected an object, found null (at toolchains.app)").doesNotContain("internal error");

        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"true\"]}}}");
        write("config/autoheal.json", "{\"flapping\": {\"backoff_base\": \"999999999d\"}}");
        r = Cli.run(home, "health");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("config/autoheal.json: flapping.backoff_base: '999999999d' is longer than 3650d");
    }

    @Test
    void whenPatternHasNoSolution_thenItDiagnosesAndProposesNothing() throws Exception {
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"true\"]}}}");
        write("config/autoheal_patterns.json", "{\"QuotaExceeded\": {\"pattern\": \"quota (?<what>\\\\w+) exceeded\", "
                + "\"description\": \"a quota ran out\"}}");
        Cli.Output r = Cli.run(home, "diagnose", "--json", "error: quota disk exceeded");
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("\"cause\":\"QuotaExceeded\"").contains("\"proposals\":[]").contains("\"what\":\"disk\"");
    }

    @Test
    void whenPatternsFileBroken_thenRuleCommandsStop_butHistoryRollbackHealthWorkAndSaySo() throws Exception {
        write("config/toolchains.json", "{\"toolchains\": {\"app\": {\"command\": [\"true\"]}}}");
        write("config/autoheal_patterns.json", "{\"Bad\": {\"pattern\": \"(unclosed\", \"solution\": \"fix_syntax\"}}");
        for (String[] args : List.of(new String[] {"repair"}, new String[] {"diagnose", "x"})) {
            String command = args[0];
            Cli.Output r = Cli.run(home, args);
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).as(command).contains("config/autoheal_patterns.json: pattern 'Bad': bad regex");
        }
        Cli.Output history = Cli.run(home, "history");
        assertThat(history.exit()).as(history.err()).isZero();
        assertThat(history.err()).contains("warning: config/autoheal_patterns.json: pattern 'Bad': bad regex")
                .contains("repair, watch, diagnose, why and rules refuse until it is fixed");
        Cli.Output health = Cli.run(home, "health");
        assertThat(health.exit()).as(health.err()).isEqualTo(1);
        assertThat(health.out()).contains("FAIL").contains("config/autoheal_patterns.json").contains("bad regex")
                .contains("true"); // the toolchain's own checks still ran
        Cli.Output rollback = Cli.run(home, "rollback", "nosuch");
        assertThat(rollback.err()).contains("warning: config/autoheal_patterns.json").contains("no such incident nosuch");
    }

    @Test
    void whenFolderIsNotAHome_thenHomeCommandsExit2_andWriteNothing() throws Exception {
        Files.writeString(home.resolve("notes.txt"), "not a home");
        for (String[] args : List.of(new String[] {"health"}, new String[] {"repair", "--yes"}, new String[] {"watch"},
                new String[] {"history"}, new String[] {"rollback", "last"}, new String[] {"why"}, new String[] {"services"})) {
            Cli.Output r = Cli.run(home, args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains("not an AutoHeal home: " + home.toAbsolutePath().normalize() + " has no config/toolchains.json");
        }
        Cli.Output diagnose = Cli.run(home, "diagnose", "ModuleNotFoundError: No module named 'yaml'");
        assertThat(diagnose.exit()).as(diagnose.err()).isZero();
        assertThat(Cli.run(home, "rules", "list").exit()).isZero();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt"); // no state/, logs/
        }
    }

    /** The seed's wrapper passes the exit code on: a monitor pointed at the wrong folder alarms. */
    @Test
    void whenCheckScriptRunsOutsideAHome_thenExit2() throws Exception {
        Path repo = Files.createDirectories(home.resolve("repo"));
        Files.createDirectories(repo.resolve("scripts"));
        Files.createDirectories(repo.resolve("bin"));
        Files.copy(Path.of("scripts/check_mcp_health.sh"), repo.resolve("scripts/check_mcp_health.sh"));
        Files.writeString(repo.resolve("bin/autoheal"), "#!/bin/sh\nexec "
                + Cli.jvmCommand().stream().map(a -> "'" + a + "'").collect(Collectors.joining(" ")) + " \"$@\"\n");
        Files.setPosixFilePermissions(repo.resolve("bin/autoheal"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        List<String> cmd = new ArrayList<>(List.of("bash", repo.resolve("scripts/check_mcp_health.sh").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectErrorStream(true);
        pb.environment().remove("AUTOHEAL_HOME");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("not an AutoHeal home").doesNotContain("healthy");
    }
}
