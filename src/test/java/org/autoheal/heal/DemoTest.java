package org.autoheal.heal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.autoheal.cli.AutoHealCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's first command: the demo heals every scenario and stops its services. */
class DemoTest {
    @TempDir Path dir;

    @Test
    void demoHealsEveryToolchain() {
        StringWriter out = new StringWriter();
        CommandLine cl = AutoHealCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute("demo", "--dir", dir.resolve("home").toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("install_module", "fix_permissions", "fix_syntax", "create_missing",
                "repair_json", "fix_import", "restart_service", "reconnect_websocket");
        assertThat(out.toString()).doesNotContain("failing");
    }
}
