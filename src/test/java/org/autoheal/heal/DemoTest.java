package org.autoheal.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the demo heals every scenario and stops its services. */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class DemoTest {
    @TempDir Path dir;

    @Test
    void demoHealsEveryToolchain() {
        Cli.Output demo = Cli.execute("demo", "--dir", dir.resolve("home").toString());
        String out = demo.out();
        assertThat(demo.exit()).as(out).isZero();
        assertThat(out).contains("install_module", "fix_permissions", "fix_syntax", "create_missing",
                "repair_json", "fix_import", "restart_service", "reconnect_websocket");
        assertThat(out).doesNotContain("failing");
        assertThat(out).as("the Node toolchain, healed offline with npm").contains("[node_ui]").contains("npm install");
    }

    /** A machine without python3 (a PATH that has none): the shell scenario still heals, the rest are skipped with a note. */
    @Test
    void withoutPython_thePythonScenariosAreSkippedWithANote() throws Exception {
        Path emptyBin = Files.createDirectories(dir.resolve("bin"));
        Cli.Output r = Cli.runJvm(Map.of("PATH", emptyBin.toString()), "demo", "--dir", dir.resolve("home").toString());
        String out = r.out() + r.err();
        assertThat(r.millis()).as(out).isLessThan(120_000);

        assertThat(r.exit()).as(out).isZero();
        assertThat(out).contains("note: python3 is not installed: the Python scenarios are skipped")
                .contains("note: node or npm is not installed: the Node scenario is skipped")
                .contains("fix_permissions").doesNotContain("install_module").doesNotContain("failing");
    }
}
