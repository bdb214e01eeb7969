package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.strategy.npm.TarballBuilder;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install_module} for Node through {@code repair --yes --json}: real node and npm, offline
 * ({@code npm_config_offline} in the toolchain's env, a cache in the temp folder), the package a
 * tarball that {@code npm pack} made from a folder at test time, declared as a {@code file:} dependency.
 */
@Tag(Tags.PROCESS)
class NodeInstallEndToEndTest {
    @TempDir static Path shared;
    static Path tarball;

    @TempDir Path dir;

    @BeforeAll
    static void tarball() throws Exception {
        tarball = new TarballBuilder().build(shared.resolve("src"), shared.resolve("tarballs"), "left-pad-lite", "1.0.0",
                "module.exports = (s, n) => String(s).padStart(n, '.');\n");
    }

    /** app/ declares left-pad-lite (file: tarball) and runs {@code main}; npm is offline with a private cache. */
    private TestHome app(String main, String source, boolean declared) throws Exception {
        TestHome home = new TestHome(dir);
        home.write("app/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\", \"dependencies\": {"
                + (declared ? "\"left-pad-lite\": \"file:" + tarball + "\"" : "") + "}}\n");
        home.write("app/" + main, source);
        home.toolchains("""
                {"toolchains": {"app": {"command": ["node", "app/%s"],
                  "env": {"npm_config_offline": "true", "npm_config_cache": "%s"}}}}
                """.formatted(main, shared.resolve("npm-cache")));
        return home;
    }

    @Test
    void whenADeclaredPackageIsMissing_thenNpmInstallRunsInThePackageFolder_andTheToolchainPasses() throws Exception {
        TestHome home = app("main.js", "const pad = require('left-pad-lite');\nconsole.log(pad('x', 3));\n", true);

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode inc = r.incident(0);
        assertThat(inc.get("diagnosis").get("details").get("ecosystem").asText()).isEqualTo("node");
        JsonNode attempt = r.firstAttempt();
        assertThat(attempt.get("rule").asText()).isEqualTo("Install a declared npm package");
        assertThat(attempt.get("plan").asText()).startsWith("npm install --no-audit --no-fund in app for 'left-pad-lite'")
                .contains("declared in app/package.json");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(attempt.get("detail").asText()).contains("does not remove installed packages");
        String manifest = home.read(attempt.get("backups").get(0).asText());
        assertThat(manifest).contains("package.json").contains("package-lock.json");
        assertThat(Files.isDirectory(dir.resolve("app/node_modules/left-pad-lite"))).isTrue();
        assertThat(node("app/main.js")).contains("..x");
        assertThat(home.read("logs/autoheal/npm.log")).contains("npm install --no-audit --no-fund");
        assertThat(Files.exists(dir.resolve("state/npm.json"))).as("the run is on record until the next one").isTrue();
    }

    @Test
    void whenALockfileExists_thenNpmCiInstallsFromIt_forAnEsmImport() throws Exception {
        TestHome home = app("main.mjs", "import pad from 'left-pad-lite';\nconsole.log(pad('y', 4));\n", true);
        npm("install", "--package-lock-only", "--no-audit", "--no-fund", "--offline", "--cache", shared.resolve("npm-cache").toString());
        assertThat(Files.exists(dir.resolve("app/package-lock.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("app/node_modules"))).isFalse();
        String lock = home.read("app/package-lock.json");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("plan").asText()).startsWith("npm ci --no-audit --no-fund in app");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("healed");
        assertThat(node("app/main.mjs")).contains("...y");
        assertThat(home.read("app/package-lock.json")).isEqualTo(lock);
    }

    @Test
    void whenNpmFails_thenTheAttemptIsAnError_withNpmsReason_andPackageJsonAndTheLockfileAreAsBefore() throws Exception {
        TestHome home = app("main.js", "require('left-pad-lite');\n", false);
        home.write("app/package.json", "{\"name\": \"app\", \"dependencies\": {\"left-pad-lite\": \"file:"
                + dir.resolve("no-such.tgz") + "\"}}\n");
        var before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("error");
        assertThat(r.firstAttempt().get("detail").asText()).contains("npm install failed (exit")
                .contains("logs/autoheal/npm.log").contains("npm error");
        var after = home.snapshot();
        after.keySet().removeIf(k -> k.startsWith("app/node_modules/"));
        assertThat(after).as("package.json restored, the lockfile npm may have written removed").isEqualTo(before);
    }

    @Test
    void whenThePackageIsNotDeclared_thenRefusedWithTheReason_andNpmNeverRuns() throws Exception {
        TestHome home = app("main.js", "require('left-pad-lite');\n", false);
        var before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.incident(0).get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("'left-pad-lite' is not declared in")
                .contains("install.allow");
        assertThat(Files.exists(dir.resolve("logs/autoheal/npm.log"))).isFalse();
        assertThat(Files.exists(dir.resolve("app/node_modules"))).isFalse();
        assertThat(home.snapshot()).isEqualTo(before);
    }

    @Test
    void whenAnUndeclaredPackageIsAllowListed_thenThePlanIsNpmInstallOfThatNameBehindDoubleDash() throws Exception {
        TestHome home = app("main.js", "require('left-pad-lite');\n", false);
        home.settings("{\"install\": {\"allow\": [\"left-pad-lite\"]}}");

        Cli.Output r = home.autoheal("repair", "--dry-run", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("dry_run");
        assertThat(r.firstAttempt().get("plan").asText())
                .startsWith("npm install --no-audit --no-fund -- left-pad-lite in app")
                .contains("allowed by install.allow");
    }

    @Test
    void whenTheErrorNamesAHostilePackage_thenRefusedBeforeNpmRuns() throws Exception {
        TestHome home = app("main.js", "require('-g');\n", true);
        Path bin = dir.resolve("fakebin");
        home.script("fakebin/npm", "#!/bin/sh\ntouch \"" + dir.resolve("npm-ran") + "\"\n");
        home.toolchains("""
                {"toolchains": {"app": {"command": ["node", "app/main.js"],
                  "env": {"PATH": "%s:%s"}}}}
                """.formatted(bin, System.getenv("PATH")));
        home.settings("{\"install\": {\"allow\": [\"-g\"]}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("is not an npm package name");
        assertThat(Files.exists(dir.resolve("npm-ran"))).isFalse();
    }

    private String node(String script) throws Exception {
        return run(List.of("node", script), dir);
    }

    private void npm(String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("npm"));
        argv.addAll(List.of(args));
        run(argv, dir.resolve("app"));
    }

    private static String run(List<String> argv, Path cwd) throws Exception {
        Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
