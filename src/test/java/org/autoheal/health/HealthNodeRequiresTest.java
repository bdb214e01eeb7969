package org.autoheal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code requires} of a toolchain that runs node: npm packages resolved with the toolchain's node, for real. */
@Tag(Tags.PROCESS)
class HealthNodeRequiresTest {
    @TempDir Path dir;
    TestHome home;

    @BeforeEach
    void setUp() throws Exception {
        home = new TestHome(dir);
        // the toolchain's own node: a wrapper that logs its argument count, then runs the real node
        Path node = home.write("tools/bin/node", "#!/bin/sh\necho \"$#\" >> \"$(dirname \"$0\")/calls.log\"\nexec node \"$@\"\n");
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
        home.write("node_modules/present-pkg/package.json", "{\"name\": \"present-pkg\", \"main\": \"index.js\"}\n");
        home.write("node_modules/present-pkg/index.js", "throw new Error('never run by health');\n");
        home.write("node_modules/@acme/hidden/package.json",
                "{\"name\": \"@acme/hidden\", \"exports\": {\".\": {\"import\": \"./index.mjs\"}}}\n");
        home.write("node_modules/@acme/hidden/index.mjs", "export default 1;\n");
    }

    @Test
    void packagesResolve_orFail_fromOneProcessOfTheToolchainsNode() throws Exception {
        home.toolchains("""
                {"toolchains": {"ui": {"command": ["tools/bin/node", "main.js"],
                                       "requires": ["present-pkg", "@acme/hidden", "absent-pkg-autoheal", "present-pkg/sub"]}}}
                """);

        Cli.Output r = home.autoheal("health", "--json");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(TestHome.healthCheck(r.jsonObject(), "module", "present-pkg").get("ok").asBoolean()).isTrue();
        assertThat(TestHome.healthCheck(r.jsonObject(), "module", "@acme/hidden").get("ok").asBoolean())
                .as("exports hide package.json, but the package is there").isTrue();
        assertThat(TestHome.healthCheck(r.jsonObject(), "module", "present-pkg/sub").get("ok").asBoolean()).isTrue();
        JsonNode absent = TestHome.healthCheck(r.jsonObject(), "module", "absent-pkg-autoheal");
        assertThat(absent.get("ok").asBoolean()).isFalse();
        assertThat(absent.get("detail").asText()).contains("tools/bin/node cannot resolve absent-pkg-autoheal")
                .contains("MODULE_NOT_FOUND");
        assertThat(Files.readAllLines(dir.resolve("tools/bin/calls.log"))).as("one process: -e SCRIPT -- + 4 names")
                .containsExactly("7");
    }

    @Test
    void aNameThatIsNotAnNpmPackage_isBadConfig_andNothingRuns() throws Exception {
        home.toolchains("""
                {"toolchains": {"ui": {"command": ["tools/bin/node", "main.js"], "requires": ["present-pkg", "--eval=x"]}}}
                """);

        Cli.Output r = home.autoheal("health", "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("toolchains.ui.requires").contains("not an npm package name");
        assertThat(Files.exists(dir.resolve("tools/bin/calls.log"))).isFalse();
    }
}
