package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real installs into a real venv (pip bundled by ensurepip) from an offline wheelhouse
 * of wheels built by {@link WheelBuilder}. The venv is built once for the class.
 */
@Tag(Tags.PROCESS)
class ModuleInstallerVenvTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir static Path home;
    static Path venvPython;
    static Path wheelhouse;
    static ModuleInstaller installer;

    @BeforeAll
    static void venvAndWheelhouse() throws Exception {
        Path venv = home.resolve("venv");
        Process p = new ProcessBuilder("python3", "-m", "venv", venv.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("python3 -m venv: %s", out).isZero();
        venvPython = venv.resolve("bin/python");

        wheelhouse = home.resolve("wheelhouse");
        var builder = new WheelBuilder();
        builder.build(wheelhouse, "PyYAML", "6.0.99", "yaml",
                "FAKE = 'autoheal-wheelhouse'\ndef safe_load(text):\n    return {'loaded': text}\n");
        builder.build(wheelhouse, "fakemod-tools", "1.0", "fakemod", "def hello():\n    return 'hi'\n", false);

        // hermetic: the machine's pip config and PIP_* variables must not add other sources
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PIP_"));
        env.put("PIP_CONFIG_FILE", "/dev/null");
        installer = new ModuleInstaller(env);
    }

    private static InstallPolicy offline() {
        return InstallPolicy.defaults(venvPython.toString())
                .withPipOptions(List.of("--no-index", "--find-links", wheelhouse.toString()));
    }

    @Test
    void whenYamlIsMissing_thenPyYAMLFromTheWheelhouseMakesItImportable() throws Exception {
        ImportCheck before = installer.verifyImport(venvPython.toString(), "yaml", home);
        assertThat(before.importable()).isFalse();
        assertThat(before.outputTail()).contains("ModuleNotFoundError", "yaml");

        InstallPlan plan = installer.plan("yaml", offline());
        assertThat(plan.distribution()).isEqualTo("PyYAML");
        InstallResult result = installer.install(plan, home, TIMEOUT);

        assertThat(result.succeeded()).as(result.outputTail()).isTrue();
        assertThat(result.outputTail()).contains("Successfully installed PyYAML-6.0.99");
        assertThat(installer.verifyImport(venvPython.toString(), "yaml", home).importable()).isTrue();
        assertThat(run(venvPython.toString(), "-c", "import yaml; print(yaml.FAKE, yaml.safe_load('a: 1'))"))
                .contains("autoheal-wheelhouse {'loaded': 'a: 1'}");
    }

    @Test
    void whenConfigMapsModuleToDistribution_thenMappedDistributionIsInstalled_withRelativeFindLinksInWorkdir()
            throws Exception {
        var policy = InstallPolicy.defaults(venvPython.toString())
                .withPipOptions(List.of("--no-index", "--find-links", "wheelhouse")) // relative: pip runs in workdir
                .withModuleMap(Map.of("fakemod", "fakemod-tools"));
        InstallPlan plan = installer.plan("fakemod", policy);
        assertThat(plan.argv()).endsWith("--", "fakemod-tools");

        InstallResult result = installer.install(plan, home, TIMEOUT);

        assertThat(result.succeeded()).as(result.outputTail()).isTrue();
        ImportCheck after = installer.verifyImport(venvPython.toString(), "fakemod", home);
        assertThat(after.importable()).as(after.outputTail()).isTrue();
        assertThat(run(venvPython.toString(), "-c", "import fakemod; print(fakemod.hello())")).contains("hi");
    }

    @Test
    void whenDistributionIsNotInTheWheelhouse_thenNonZeroResultWithPipsMessage() {
        InstallPlan plan = installer.plan("absentmod", offline());
        InstallResult result = installer.install(plan, home, TIMEOUT);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isPositive();
        assertThat(result.outputTail()).contains("No matching distribution found for absentmod");
        assertThat(result.summary()).contains("exited " + result.exitCode(), "absentmod");
        assertThat(installer.verifyImport(venvPython.toString(), "absentmod", home).importable()).isFalse();
    }

    @Test
    void whenImportNameIsPassedToTheProbe_thenItIsAnArgumentNeverCode() throws Exception {
        // a valid dotted name that would be harmful only if pasted into the -c code
        ImportCheck check = installer.verifyImport(venvPython.toString(), "os.path", home);
        assertThat(check.importable()).isTrue();
        assertThat(ModuleInstaller.IMPORT_PROBE).doesNotContain("os.path");
    }

    private static String run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
