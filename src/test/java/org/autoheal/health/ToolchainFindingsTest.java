package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.facts.BrokenJsonFile;
import org.autoheal.facts.UnrunnableProgram;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What health finds, as context facts: the same files and the same parse, with Python's positions. */
@Tag(Tags.PROCESS)
class ToolchainFindingsTest {
    @TempDir Path dir;

    @Test
    void whenAJsonFileFailsToParse_thenItsPositionIsTheOnePythonReports_inCharactersNotBytes() throws Exception {
        TestHome home = new TestHome(dir);
        // two 2-byte characters before the error: a byte offset would be 2 more than Python's char
        String text = "{\"naïve\": \"café\"\n  \"b\": 2}\n";
        home.write("conf/app.json", text);
        home.write("conf/ok.json", "{\"a\": 1}");
        home.write("run.sh", "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        home.toolchains("{\"toolchains\": {\"t\": {\"command\": [\"./run.sh\", \"conf/ok.json\"],"
                + " \"files\": {\"conf/app.json\": {\"template\": \"conf/app.example.json\"}}}}}");
        HomeConfig config = HomeConfig.load(new Home(dir));

        List<Object> facts = new ToolchainFindings(config.home()).of(config.toolchain("t"));

        String python = new org.autoheal.exec.ProcessRunner().run(org.autoheal.exec.RunSpec.of(dir, "python3", "-c",
                "import json\ntry: json.load(open('conf/app.json', encoding='utf-8'))\nexcept ValueError as e: print(e.lineno, e.colno, e.pos)")).stdout();
        assertThat(facts).hasSize(2);
        BrokenJsonFile json = (BrokenJsonFile) facts.get(0);
        assertThat(json.path()).isEqualTo("conf/app.json");
        assertThat(json.line() + " " + json.column() + " " + json.position()).isEqualTo(python.strip());
        assertThat(facts.get(1)).isEqualTo(new UnrunnableProgram("./run.sh", UnrunnableProgram.NOT_EXECUTABLE, "run.sh"));
    }
}
