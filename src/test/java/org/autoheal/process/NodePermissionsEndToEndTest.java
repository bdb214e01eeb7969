package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix_permissions} for a Node toolchain whose script spawns a script without the execute bit (EACCES). */
@Tag(Tags.PROCESS)
class NodePermissionsEndToEndTest {
    @TempDir Path dir;

    private TestHome spawning(String how, String target) throws Exception {
        TestHome home = new TestHome(dir);
        home.write("tools/run.sh", "#!/bin/sh\necho ran\n");
        Files.setPosixFilePermissions(dir.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        home.write("app/main.js", "const cp = require('child_process');\n" + how.formatted(target));
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"node\", \"app/main.js\"]}}}");
        return home;
    }

    @Test
    void whenSpawnFailsWithEacces_thenTheScriptGetsXWhereItHasR() throws Exception {
        TestHome home = spawning("cp.spawn('%s', [], {stdio: 'inherit'}).on('exit', c => process.exit(c));\n", "./tools/run.sh");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.incident(0).get("diagnosis").get("cause").asText()).isEqualTo("permission");
        assertThat(r.firstAttempt().get("strategy").asText()).isEqualTo("fix_permissions");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("healed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tools/run.sh")))).isEqualTo("rwxr-x---");
    }

    @Test
    void whenExecFileSyncFailsWithEaccesOnAnAbsolutePath_thenHealedToo() throws Exception {
        TestHome home = spawning("console.log(String(cp.execFileSync(require('path').join(__dirname, '%s'))));\n", "../tools/run.sh");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("healed");
        assertThat(Files.isExecutable(dir.resolve("tools/run.sh"))).isTrue();
    }

    @Test
    void whenTheScriptIsOutsideTheRoots_thenRefused_andItsModeStays() throws Exception {
        TestHome home = spawning("cp.execFileSync('%s');\n", "../tools/run.sh");
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"node\", \"main.js\"], \"workdir\": \"app\"}}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tools/run.sh")))).isEqualTo("rw-r-----");
    }
}
