package org.autoheal.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.autoheal.strategy.npm.TarballBuilder;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AutoHeal killed with SIGKILL right after it started npm for a Node install_module: npm is
 * detached and finishes on its own; the next repair recovers the incident from state/npm.json
 * (completed, with real node and npm, offline) and finds the toolchain healthy.
 */
@Tag(Tags.JVM)
class NpmSigkillTest {
    @TempDir Path home;

    @Test
    void killedWhileNpmRuns_npmFinishes_andTheNextRepairRecoversTheIncident() throws Exception {
        Path tarball = new TarballBuilder().build(home.resolve("vendor/src"), home.resolve("vendor"), "left-pad-lite", "1.0.0",
                "module.exports = (s, n) => String(s).padStart(n, '.');\n");
        Files.createDirectories(home.resolve("app"));
        Files.createDirectories(home.resolve("config"));
        String packageJson = "{\"name\": \"app\", \"dependencies\": {\"left-pad-lite\": \"file:" + tarball + "\"}}\n";
        Files.writeString(home.resolve("app/package.json"), packageJson);
        Files.writeString(home.resolve("app/main.js"), "console.log(require('left-pad-lite')('x', 3));\n");
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"app\": {\"command\": [\"node\", \"app/main.js\"],"
                + " \"env\": {\"npm_config_offline\": \"true\", \"npm_config_cache\": \"" + home.resolve("vendor/cache") + "\"}}}}");

        ChildJvm.Running first = ChildJvm.get().start(home, "npm:started#1", "repair", "--yes");
        assertThat(first.awaitMarker(Duration.ofMinutes(2))).as(first.err()).isTrue();
        List<ProcessHandle> left = first.killJvmOnly();
        assertThat(Files.exists(home.resolve("state/npm.json"))).isTrue();

        ChildJvm.Running second = ChildJvm.get().start(home, null, "repair", "--yes");
        int exit = second.waitFor();
        left.forEach(h -> h.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).exceptionally(x -> h).join());

        assertThat(exit).as(second.err()).isZero();
        assertThat(Files.readString(home.resolve("logs/autoheal/journal.jsonl")))
                .contains("\"type\":\"recovered\"").contains("\"action\":\"completed\"");
        assertThat(Files.isDirectory(home.resolve("app/node_modules/left-pad-lite"))).isTrue();
        assertThat(Files.readString(home.resolve("app/package.json"))).isEqualTo(packageJson);
    }
}
