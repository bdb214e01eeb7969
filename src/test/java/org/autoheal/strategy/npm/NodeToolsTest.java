package org.autoheal.strategy.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Toolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which node and npm a toolchain uses, from its config only. */
class NodeToolsTest {
    @TempDir Path dir;

    private Toolchain toolchain(String... command) {
        return new Toolchain("t", List.of(command), dir, Duration.ofSeconds(5), Map.of("npm_config_offline", "true"), "python3",
                List.of(), List.of(dir), List.of(), Map.of(), List.of(), false);
    }

    private Path executable(String rel) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void aNodeOnPath_usesNpmOnPath() {
        Toolchain t = toolchain("node", "app.js");
        assertThat(NodeTools.isNode(t)).isTrue();
        assertThat(NodeTools.node(t)).isEqualTo("node");
        assertThat(NodeTools.npm(t)).isEqualTo("npm");
        assertThat(NodeTools.env(t)).containsEntry("npm_config_offline", "true");
    }

    @Test
    void aRelativeNode_isTakenFromTheWorkdir_andTheNpmBesideItGoesFirstOnPathForNpm() throws Exception {
        Path node = executable("runtime/bin/node");
        Path npm = executable("runtime/bin/npm");
        Toolchain t = toolchain("runtime/bin/node", "app.js");
        assertThat(NodeTools.node(t)).isEqualTo(node.toString());
        assertThat(NodeTools.npm(t)).isEqualTo(npm.toString());
        assertThat(NodeTools.npmEnv(t).get("PATH")).startsWith(node.getParent() + ":");
        assertThat(NodeTools.env(t).get("PATH")).isEqualTo(System.getenv("PATH"));
    }

    @Test
    void anNpmCommand_runsTheNodeBesideIt_andAPythonToolchainIsNotNode() throws Exception {
        Path node = executable("runtime/bin/node");
        executable("runtime/bin/npm");
        assertThat(NodeTools.node(toolchain("runtime/bin/npm", "run", "build"))).isEqualTo(node.toString());
        assertThat(NodeTools.isNode(toolchain("python3", "tool.py"))).isFalse();
        assertThat(NodeTools.node(toolchain("python3", "tool.py"))).isEqualTo("node");
    }
}
