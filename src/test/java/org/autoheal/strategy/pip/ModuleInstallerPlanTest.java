package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning rules; the "interpreter" is a script that records each time it is run. */
@Tag(Tags.PROCESS)
class ModuleInstallerPlanTest {
    @TempDir Path tmp;
    private Path workdir;
    private Path invocations;
    private Path fakePython;
    private final ModuleInstaller installer = new ModuleInstaller();

    @BeforeEach
    void fakeInterpreter() throws Exception {
        workdir = Files.createDirectory(tmp.resolve("work"));
        invocations = tmp.resolve("invocations.txt");
        fakePython = tmp.resolve("fake-python");
        Files.writeString(fakePython, "#!/usr/bin/env python3\nimport sys\n"
                + "open(" + pyString(invocations) + ", 'a').write(repr(sys.argv[1:]) + '\\n')\n");
        Files.setPosixFilePermissions(fakePython, PosixFilePermissions.fromString("rwx------"));
    }

    private InstallPolicy policy() {
        return InstallPolicy.defaults(fakePython.toString());
    }

    @Test
    void whenNameIsValid_thenPlanRunsOwnInterpreterWithPipOptionsThenDoubleDashThenName() throws Exception {
        var options = List.of("--no-index", "--find-links", "wheelhouse");
        InstallPlan plan = installer.plan("yaml", policy().withPipOptions(options));

        assertThat(plan.isRefused()).isFalse();
        assertThat(plan.distribution()).isEqualTo("PyYAML");
        assertThat(plan.argv()).containsExactly(fakePython.toString(), "-m", "pip", "install",
                "--no-index", "--find-links", "wheelhouse", "--", "PyYAML");

        InstallResult result = installer.install(plan, workdir, Duration.ofSeconds(30));
        assertThat(result.succeeded()).as(result.outputTail()).isTrue();
        assertThat(Files.readString(invocations))
                .isEqualTo("['-m', 'pip', 'install', '--no-index', '--find-links', 'wheelhouse', '--', 'PyYAML']\n");
    }

    @Test
    void whenNameIsHostile_thenRefusedAndNothingRunsOrIsCreated() throws Exception {
        Path marker = tmp.resolve("pwned-" + UUID.randomUUID());
        List<String> hostile = new ArrayList<>(List.of(
                "x; touch " + marker, "$(touch " + marker + ")", "`touch " + marker + "`",
                "--requirement=/etc/passwd", "-r/etc/passwd", "-r", "--index-url", "../../etc", "/etc/passwd",
                "http://evil/x.whl", "file:///tmp/x.whl", "pkg==1.0", "pkg>=1", "pkg[extra]", "pkg @ http://evil/x",
                "$(id)", "a|b", "a&&b", "a b", " yaml", "yaml ", "yaml\n--index-url=http://evil", "yaml\0",
                "", "a".repeat(200), "y\u0430ml", "\uff59\uff41\uff4d\uff4c", "numpy\u200b", "r\u0435quests"));
        for (String name : hostile) {
            InstallPlan plan = installer.plan(name, policy());
            assertThat(plan.isRefused()).as("plan for %s", PackageNames.quote(name)).isTrue();
            assertThat(plan.argv()).isEmpty();
            assertThat(plan.refusal()).get().asString().isNotBlank();
            assertThatThrownBy(() -> installer.install(plan, workdir, Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused");
            ImportCheck check = installer.verifyImport(fakePython.toString(), name, workdir);
            assertThat(check.importable()).isFalse();
            assertThat(check.exitCode()).isEqualTo(-1);
        }
        assertThat(invocations).doesNotExist();
        assertThat(marker).doesNotExist();
        assertThat(Files.list(workdir)).isEmpty();
        assertThat(installer.plan("a".repeat(200), policy()).importName()).hasSizeLessThan(90);
    }

    @Test
    void whenPipOptionsHoldSpacesQuotesAndDollars_thenTheyReachTheInterpreterUnchanged() throws Exception {
        String odd = "dir with space/${HOME}/$(id)/\"q'/*";
        InstallPlan plan = installer.plan("requests", policy().withPipOptions(List.of("--find-links", odd)));
        assertThat(installer.install(plan, workdir, Duration.ofSeconds(30)).succeeded()).isTrue();
        assertThat(Files.readString(invocations)).isEqualTo(
                "['-m', 'pip', 'install', '--find-links', 'dir with space/${HOME}/$(id)/\"q\\'/*', '--', 'requests']\n");
    }

    @Test
    void whenDenyListNamesDistributionOrImport_thenRefused_regardlessOfSpelling() {
        assertThat(installer.plan("yaml", policy().withAllowDeny(List.of(), List.of("pyyaml"))).refusal())
                .get().asString().contains("install.deny");
        assertThat(installer.plan("dateutil", policy().withAllowDeny(List.of(), List.of("Python_DateUtil"))).isRefused())
                .isTrue();
        assertThat(installer.plan("cv2", policy().withAllowDeny(List.of(), List.of("cv2"))).isRefused()).isTrue();
        assertThat(installer.plan("requests", policy().withAllowDeny(List.of(), List.of("pyyaml"))).isRefused()).isFalse();
    }

    @Test
    void whenAllowListIsNonEmpty_thenOnlyItsEntriesAreInstalled_andDenyStillWins() {
        var allowOnlyYaml = policy().withAllowDeny(List.of("PyYAML"), List.of());
        assertThat(installer.plan("yaml", allowOnlyYaml).isRefused()).isFalse();
        assertThat(installer.plan("requests", allowOnlyYaml).refusal()).get().asString().contains("install.allow");
        var allowedAndDenied = policy().withAllowDeny(List.of("pyyaml"), List.of("PyYAML"));
        assertThat(installer.plan("yaml", allowedAndDenied).refusal()).get().asString().contains("install.deny");
    }

    @Test
    void whenConfigMapsModule_thenPlanUsesMappedDistribution() {
        var mapped = policy().withModuleMap(Map.of("fakemod", "fakemod-tools"));
        assertThat(installer.plan("fakemod.sub", mapped).argv()).endsWith("--", "fakemod-tools");
        assertThatThrownBy(() -> installer.plan("evil", policy().withModuleMap(Map.of("evil", "evil.whl"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("install.module_map[evil]");
    }

    @Test
    void whenTopLevelNameIsNoDistributionName_thenRefused() {
        assertThat(installer.plan("_private.mod", policy()).refusal()).get().asString().contains("PEP 508");
    }

    @Test
    void whenModuleIsStdlib_thenRefusedAsNotInstallable() {
        InstallPlan plan = installer.plan("json.decoder", policy());
        assertThat(plan.refusal()).get().asString().contains("standard library", "not installable from PyPI");
        assertThat(invocations).doesNotExist();
    }

    @Test
    void whenPipOptionsContainBareDoubleDash_thenPolicyIsRejected() {
        assertThatThrownBy(() -> policy().withPipOptions(List.of("--no-index", "--", "evil")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--'");
    }

    static String pyString(Path path) {
        return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
