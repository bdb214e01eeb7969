package org.autoheal.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.autoheal.backup.FaultPoints;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.TreeSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: AutoHeal's own state on disk is input too. Tampered manifests and journal lines,
 * a copied home, a hand edit after a heal, and a folder swapped for a symbolic link between a
 * check and the act that follows must never change a file outside the roots or lose an edit;
 * each ends in a clear refusal, never {@code internal error} and a stack trace.
 */
@Tag(Tags.PROCESS)
class HostileStateTest {
    @TempDir Path dir;
    private TestHome h;
    /** A folder beside the home whose files (content, mode, links) nothing may change. */
    private Path outside;

    @BeforeEach
    void homeAndOutside() throws IOException {
        h = new TestHome(Files.createDirectories(dir.resolve("home")).toRealPath());
        Files.createDirectories(h.root().resolve("config"));
        outside = Files.createDirectories(dir.resolve("outside")).toRealPath();
        Files.writeString(outside.resolve("keep.txt"), "keep me\n");
        Files.writeString(outside.resolve("run.sh"), "#!/bin/sh\necho outside\n");
        Files.setPosixFilePermissions(outside.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(outside.resolve("data.json"), "{\"outside\": true}\n");
    }

    @AfterEach
    void noHook() {
        FaultPoints.hook(null);
    }

    // ---- tampered manifests: `rollback` of a real incident whose manifest was rewritten ----

    /** A manifest rewrite: {@code format} null writes a format 1 manifest (absolute paths, no tool). */
    record Tamper(String name, Integer format, String tool, String entries, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Tamper> tampered() {
        String setuid = "{\"path\": \"tools/run.sh\", \"sha256\": \"RUN_SHA\", \"size\": RUN_SIZE, \"mode\": \"6777\", "
                + "\"mode_only\": true, \"healed\": {\"kind\": \"file\", \"sha256\": \"RUN_SHA\", \"mode\": \"0750\"}}";
        return List.of(
                new Tamper("created entry with an absolute path", 2, "build",
                        "{\"path\": \"OUT/keep.txt\", \"created\": true}", "not relative"),
                new Tamper("format 1: created entry outside deletes it", null, null,
                        "{\"path\": \"OUT/keep.txt\", \"created\": true}", "outside the toolchain's roots"),
                new Tamper("format 1: setuid and world-writable outside", null, null,
                        "{\"path\": \"OUT/run.sh\", \"sha256\": \"OUT_RUN_SHA\", \"size\": 1, \"mode\": \"6777\", \"mode_only\": true}",
                        "outside the toolchain's roots"),
                new Tamper("format 1: a copy with a matching sha256 over an outside file", null, null,
                        "{\"path\": \"OUT/keep.txt\", \"sha256\": \"PWN_SHA\", \"size\": 6, \"mode\": \"0644\", \"copy\": \"001-x\"}",
                        "outside the toolchain's roots"),
                new Tamper("setuid inside the roots", 2, "build", setuid, "setuid"),
                new Tamper("write bits widened inside the roots", 2, "build", setuid.replace("6777", "0666"),
                        "adds write permission"),
                new Tamper("../ out of the home", 2, "build",
                        "{\"path\": \"../outside/keep.txt\", \"created\": true}", "not relative"),
                new Tamper("a root that is not configured", 2, "build",
                        "{\"root\": \"OUT\", \"path\": \"keep.txt\", \"created\": true}", "not one of today's roots"),
                new Tamper("a symbolic link inside the roots to a file outside", 2, "build",
                        "{\"path\": \"tools/link.txt\", \"created\": true}", "outside the toolchain's roots"),
                new Tamper("AutoHeal's own configuration", 2, "build",
                        "{\"path\": \"config/toolchains.json\", \"sha256\": \"PWN_SHA\", \"size\": 6, \"mode\": \"0644\", \"copy\": \"001-x\"}",
                        "AutoHeal's configuration"),
                new Tamper("a plugin jar", 2, "build", "{\"path\": \"plugins/evil.jar\", \"created\": true}", "plugins/ folder"),
                new Tamper("a toolchain that is not configured", 2, "nosuch",
                        "{\"path\": \"tools/run.sh\", \"created\": true}", "not configured today"),
                new Tamper("an unknown manifest format", 99, "build", "{\"path\": \"tools/run.sh\", \"created\": true}",
                        "does not know"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampered")
    void tamperedManifest_isRefusedClearly_andNothingOutsideChanges(Tamper t) throws Exception {
        h.permissionCase("tools/run.sh");
        String id = h.heal("build");
        h.write("plugins/evil.jar", "a plugin the user put there\n");
        Files.createSymbolicLink(h.root().resolve("tools/link.txt"), outside.resolve("keep.txt"));
        Path folder = h.manifest(id).getParent();
        Files.writeString(folder.resolve("001-x"), "pwned\n");
        byte[] run = Files.readAllBytes(h.root().resolve("tools/run.sh"));
        String entries = t.entries().replace("OUT_RUN_SHA", TestHome.sha256(Files.readAllBytes(outside.resolve("run.sh"))))
                .replace("RUN_SHA", TestHome.sha256(run)).replace("RUN_SIZE", Integer.toString(run.length))
                .replace("PWN_SHA", TestHome.sha256("pwned\n".getBytes(StandardCharsets.UTF_8)))
                .replace("OUT", outside.toString());
        Files.writeString(h.manifest(id), "{\"incident\": \"" + id + "\", \"created_at\": \"2026-12-01T00:00:00Z\""
                + (t.format() == null ? "" : ", \"format\": " + t.format() + ", \"tool\": \"" + t.tool() + "\"")
                + ", \"entries\": [" + entries + "]}");
        TreeSnapshot before = TreeSnapshot.of(outside);

        Cli.Output r = h.autoheal("rollback", id);

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains(t.says()).doesNotContain("internal error").doesNotContain("\tat org.");
        before.assertUnchanged("files outside the home");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(h.root().resolve("tools/run.sh"))))
                .as("the heal stays").isEqualTo("rwxr-x---");
        assertThat(h.root().resolve("plugins/evil.jar")).exists();
        assertThat(h.root().resolve("config/toolchains.json")).content().doesNotContain("pwned");
    }

    // ---- one home copied to another, an edit after the heal ----

    @Test
    void copiedHome_rollbackTouchesOnlyTheCopy() throws Exception {
        h.jsonCase("data.json");
        String id = h.heal("json");
        Path copy = dir.resolve("home2");
        h.copyTo(copy);
        Files.writeString(h.root().resolve("proj/data.json"), "{\"edited\": \"in the first home\"}\n");

        Cli.Output r = Cli.run(copy, "rollback", id);

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(copy.resolve("proj/data.json")).hasContent("{'a': 1,}");
        assertThat(h.root().resolve("proj/data.json")).as("the first home's edit is not lost")
                .hasContent("{\"edited\": \"in the first home\"}");
    }

    @Test
    void fileEditedAfterTheHeal_isRefusedNamingTheChange_andForceKeepsACopyFirst() throws Exception {
        h.jsonCase("data.json");
        String id = h.heal("json");
        Path data = h.root().resolve("proj/data.json");
        Files.writeString(data, "{\"edited\": \"by hand\"}\n");

        Cli.Output refused = h.autoheal("rollback", id);
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("proj/data.json", "changed since the heal wrote it", "--force")
                .doesNotContain("internal error");
        assertThat(data).hasContent("{\"edited\": \"by hand\"}");

        Cli.Output forced = h.autoheal("rollback", "--force", id);
        assertThat(forced.exit()).as(forced.out() + forced.err()).isZero();
        assertThat(data).hasContent("{'a': 1,}");
        assertThat(forced.out()).contains("kept the current content as backups/autoheal/" + id + "/kept-");
        try (Stream<Path> kept = Files.list(h.manifest(id).getParent())) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("kept-")))
                    .singleElement().satisfies(p -> assertThat(p).hasContent("{\"edited\": \"by hand\"}"));
        }
    }

    // ---- a forged journal line: recovery must not act on what it names ----

    static List<String> forgedEntries() {
        return List.of(
                "{\"path\": \"OUT/keep.txt\", \"created\": true}",
                "{\"path\": \"OUT/data.json\", \"sha256\": \"PWN_SHA\", \"size\": 6, \"mode\": \"0644\", \"copy\": \"001-x\"}");
    }

    @ParameterizedTest
    @MethodSource("forgedEntries")
    void forgedIncidentOpenAndManifest_recoveryTouchesNothingOutside(String entry) throws Exception {
        h.permissionCase("tools/run.sh");
        h.heal("build"); // a real journal exists
        Path folder = Files.createDirectories(h.root().resolve("backups/autoheal/forged-1"));
        Files.writeString(folder.resolve("001-x"), "pwned\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"incident\": \"forged-1\", \"created_at\": \"x\", \"entries\": ["
                + entry.replace("OUT", outside.toString())
                .replace("PWN_SHA", TestHome.sha256("pwned\n".getBytes(StandardCharsets.UTF_8))) + "]}");
        Files.writeString(h.root().resolve("logs/autoheal/journal.jsonl"), "{\"type\":\"incident_open\",\"id\":\"forged-1\","
                + "\"tool\":\"build\",\"at\":\"2026-12-01T00:00:00Z\"}\n", java.nio.file.StandardOpenOption.APPEND);
        TreeSnapshot before = TreeSnapshot.of(outside);

        Cli.Output r = h.autoheal("repair", "--yes", "--json", "--tool", "build");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        before.assertUnchanged("files outside the home");
        JsonNode recovered = Files.readAllLines(h.root().resolve("logs/autoheal/journal.jsonl")).stream().map(HostileStateTest::json)
                .filter(n -> n.path("type").asText().equals("recovered")).findFirst().orElseThrow();
        assertThat(recovered.get("action").asText()).isEqualTo("reported");
        assertThat(recovered.get("detail").asText()).contains("outside the toolchain's roots");
    }

    // ---- races: a folder swapped for a symbolic link between the check and the act ----

    @Test
    void folderSwappedBeforeAChmod_theOutsideScriptKeepsItsMode() throws Exception {
        h.permissionCase("tools/sub/run.sh");
        TreeSnapshot before = TreeSnapshot.of(outside);
        FaultPoints.hook(point -> {
            if (point.equals("heal:before-apply")) h.swapForLink("tools/sub", outside);
        });

        Cli.Output r = h.autoheal("repair", "--yes", "--json", "--tool", "build");

        before.assertUnchanged("files outside the home"); // before the fix: chmod 0644 -> 0755 through the link
        assertThat(r.out() + r.err()).contains("symbolic link");
    }

    @Test
    void folderSwappedBeforeAJsonRewrite_theOutsideFileIsNotRewritten() throws Exception {
        h.jsonCase("sub/data.json");
        TreeSnapshot before = TreeSnapshot.of(outside);
        FaultPoints.hook(point -> {
            if (point.equals("heal:before-apply")) h.swapForLink("proj/sub", outside);
        });

        Cli.Output r = h.autoheal("repair", "--yes", "--json", "--tool", "json");

        before.assertUnchanged("files outside the home");
        assertThat(r.out() + r.err()).contains("symbolic link");
    }

    @Test
    void folderSwappedBeforeCreateMissing_nothingIsCreatedOutside() throws Exception {
        h.write("proj/sub/keep", "");
        h.write("proj/export.py", "with open('sub/new/report.csv', 'w') as f:\n    f.write('a,b\\n')\n");
        h.tool("export", "proj", "python3", "export.py");
        TreeSnapshot before = TreeSnapshot.of(outside);
        FaultPoints.hook(point -> {
            if (point.equals("heal:before-apply")) h.swapForLink("proj/sub", outside);
        });

        Cli.Output r = h.autoheal("repair", "--yes", "--json", "--tool", "export");

        before.assertUnchanged("files outside the home");
        assertThat(outside.resolve("new")).as(r.out() + r.err()).doesNotExist();
    }

    @Test
    void folderSwappedAfterTheHeal_rollbackDoesNotRewriteTheOutsideFile() throws Exception {
        h.jsonCase("sub/data.json");
        String id = h.heal("json");
        Files.writeString(outside.resolve("data.json"), Files.readString(h.root().resolve("proj/sub/data.json")));
        h.swapForLink("proj/sub", outside);
        TreeSnapshot before = TreeSnapshot.of(outside);

        Cli.Output r = h.autoheal("rollback", id);

        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("proj/sub/data.json").contains("symbolic link").doesNotContain("internal error");
        before.assertUnchanged("files outside the home"); // before the fix: the rollback wrote the original through the link
    }

    @Test
    void folderSwappedWhileRollingBack_theOutsideFileIsNotRewritten() throws Exception {
        h.jsonCase("sub/data.json");
        String id = h.heal("json");
        Files.writeString(outside.resolve("data.json"), Files.readString(h.root().resolve("proj/sub/data.json")));
        TreeSnapshot before = TreeSnapshot.of(outside);
        FaultPoints.hook(point -> {
            if (point.equals("rollback:checked")) h.swapForLink("proj/sub", outside);
        });

        Cli.Output r = h.autoheal("rollback", id);

        FaultPoints.hook(null);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("symbolic link").doesNotContain("internal error");
        before.assertUnchanged("files outside the home");
    }

    // ---- AutoHeal's own files: plugins/ is code it loads ----

    @Test
    void pluginJarNamedInErrorText_isNeverCreatedFromItsExample() throws Exception {
        h.write("plugins/evil.jar.example", "PK not really a jar\n");
        h.write("tools/plug.py", "open('plugins/evil.jar', 'rb')\n");
        h.tool("plug", null, "python3", "tools/plug.py");

        Cli.Output r = h.autoheal("repair", "--yes", "--json", "--tool", "plug");

        assertThat(h.root().resolve("plugins/evil.jar")).as(r.out() + r.err()).doesNotExist();
        assertThat(r.out() + r.err()).contains("plugins/");
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
