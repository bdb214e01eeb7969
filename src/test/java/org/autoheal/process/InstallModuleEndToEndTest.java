package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.autoheal.strategy.pip.WheelBuilder;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install_module} through {@code repair}: a real venv (made once for the class), a
 * wheelhouse of wheels built by the test, {@code pip --no-index --find-links}. Each test imports
 * a different module, so the shared venv does not couple them.
 */
@Tag(Tags.PROCESS)
class InstallModuleEndToEndTest {
    @TempDir static Path shared;
    static Path python;
    static Path wheelhouse;

    @TempDir Path dir;

    @BeforeAll
    static void venvAndWheelhouse() throws Exception {
        Process p = new ProcessBuilder("python3", "-m", "venv", shared.resolve("venv").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("python3 -m venv: %s", out).isZero();
        python = shared.resolve("venv/bin/python");
        wheelhouse = shared.resolve("wheelhouse");
        WheelBuilder wheels = new WheelBuilder();
        wheels.build(wheelhouse, "PyYAML", "6.0.99", "yaml", "def safe_load(text):\n    return {'from': 'wheelhouse'}\n");
        wheels.build(wheelhouse, "acme-widgets-dist", "1.2", "acme_widgets", "NAME = 'acme widgets'\n");
        wheels.build(wheelhouse, "forbidden-fruit", "1.0", "forbidden_fruit", "TASTE = 'sweet'\n");
    }

    /** A home whose toolchain runs {@code tools/app.py} with the venv's python and installs only from the wheelhouse. */
    private TestHome homeImporting(String module, String use) throws Exception {
        TestHome home = new TestHome(dir);
        home.write("tools/app.py", "import " + module + "\nprint('ok', " + use + ")\n");
        home.toolchains("""
                {"toolchains": {"app": {"command": ["%s", "tools/app.py"],
                                        "pip": ["--no-index", "--find-links", "%s"]}}}
                """.formatted(python, wheelhouse));
        return home;
    }

    @Test
    void whenYamlIsMissing_thenPyYAMLIsInstalledFromTheWheelhouse_andTheToolchainPasses() throws Exception {
        TestHome home = homeImporting("yaml", "yaml.safe_load('a: 1')");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode inc = r.incident(0);
        assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("missing_module");
        JsonNode attempt = inc.get("attempts").get(0);
        assertThat(attempt.get("strategy").asText()).isEqualTo("install_module");
        assertThat(attempt.get("params").get("module").asText()).isEqualTo("yaml");
        assertThat(attempt.get("plan").asText()).contains("install PyYAML for import yaml")
                .contains("-m pip install --no-index --find-links " + wheelhouse + " -- PyYAML");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(attempt.get("backups")).as("pip changes no file of the toolchain").isEmpty();
        assertThat(run(python.toString(), "tools/app.py")).contains("ok {'from': 'wheelhouse'}");
    }

    @Test
    void whenConfigMapsTheImportName_thenTheMappedDistributionIsInstalled() throws Exception {
        TestHome home = homeImporting("acme_widgets", "acme_widgets.NAME");
        home.settings("{\"install\": {\"module_map\": {\"acme_widgets\": \"acme-widgets-dist\"}}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("plan").asText()).contains("install acme-widgets-dist for import acme_widgets");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("healed");
        assertThat(run(python.toString(), "-m", "pip", "show", "acme-widgets-dist")).contains("Version: 1.2");
    }

    @Test
    void whenTheDistributionIsDenied_thenRefused_andNothingIsInstalled() throws Exception {
        TestHome home = homeImporting("forbidden_fruit", "forbidden_fruit.TASTE");
        home.settings("{\"install\": {\"deny\": [\"Forbidden_Fruit\"]}}");
        var before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.incident(0).get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("'forbidden_fruit' is on install.deny");
        assertThat(run(python.toString(), "-c", "import forbidden_fruit")).contains("ModuleNotFoundError");
        assertThat(home.snapshot()).isEqualTo(before);
    }

    private String run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        return out;
    }
}
