package org.autoheal.strategy.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.backup.ConfinedFiles;
import org.autoheal.strategy.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What npm would run for a missing package, decided from real files without running npm. */
class NpmPlannerTest {
    @TempDir Path dir;
    Path root;
    Path src;

    @BeforeEach
    void setUp() throws Exception {
        root = dir.toRealPath();
        src = Files.createDirectories(root.resolve("web/src/pages"));
        Files.writeString(root.resolve("web/package.json"), """
                {"dependencies": {"express": "^4"}, "devDependencies": {"@types/node": "^20"},
                 "optionalDependencies": {"fsevents": "*"}, "peerDependencies": {"react": "*"}}
                """);
    }

    private NpmPlan plan(String module, List<String> allow, List<String> deny) throws Refusal {
        return new NpmPlanner(allow, deny).plan(module, src, List.of(root), new ConfinedFiles(List.of(root)), "npm");
    }

    @Test
    void aDeclaredPackage_isInstalledInTheNearestPackageJsonFolder_withoutItsName() throws Exception {
        NpmPlan p = plan("express/lib/router", List.of(), List.of());
        assertThat(p.folder()).isEqualTo(root.resolve("web"));
        assertThat(p.packageName()).isEqualTo("express");
        assertThat(p.argv()).containsExactly("npm", "install", "--no-audit", "--no-fund");
        assertThat(plan("@types/node", List.of(), List.of()).mode()).isEqualTo(NpmPlan.Mode.INSTALL);
        assertThat(plan("fsevents", List.of(), List.of()).mode()).isEqualTo(NpmPlan.Mode.INSTALL);
    }

    @Test
    void aFileInsideNodeModules_isHealedByReinstallingTheProjectAboveIt() throws Exception {
        Path dep = Files.createDirectories(root.resolve("web/node_modules/express/lib"));
        Files.writeString(root.resolve("web/node_modules/express/package.json"), "{\"dependencies\": {\"express\": \"*\"}}");
        NpmPlan p = new NpmPlanner(List.of(), List.of()).plan("express", dep, List.of(root), new ConfinedFiles(List.of(root)), "npm");
        assertThat(p.folder()).isEqualTo(root.resolve("web"));
    }

    @Test
    void aLockfile_makesItNpmCi() throws Exception {
        Files.writeString(root.resolve("web/package-lock.json"), "{}");
        NpmPlan p = plan("express", List.of(), List.of());
        assertThat(p.argv()).containsExactly("npm", "ci", "--no-audit", "--no-fund");
        assertThat(p.lock()).contains(root.resolve("web/package-lock.json"));
    }

    @Test
    void anotherPackageManagersLockfile_isRefused() throws Exception {
        Files.writeString(root.resolve("web/yarn.lock"), "");
        assertThatThrownBy(() -> plan("express", List.of(), List.of())).isInstanceOf(Refusal.class).hasMessageContaining("yarn.lock");
    }

    @Test
    void undeclared_isRefused_unlessAllowListed_thenItsValidatedNameFollowsDoubleDash() throws Exception {
        assertThatThrownBy(() -> plan("react", List.of(), List.of())).isInstanceOf(Refusal.class)
                .hasMessageContaining("'react' is not declared in").hasMessageContaining("install.allow");
        assertThat(plan("react", List.of("react"), List.of()).argv())
                .containsExactly("npm", "install", "--no-audit", "--no-fund", "--", "react");
    }

    @Test
    void denied_isRefusedEvenWhenDeclared() {
        assertThatThrownBy(() -> plan("express", List.of(), List.of("express"))).isInstanceOf(Refusal.class)
                .hasMessageContaining("install.deny");
    }

    @Test
    void noPackageJsonInsideTheRoots_isRefused() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("other"));
        assertThatThrownBy(() -> new NpmPlanner(List.of(), List.of()).plan("express", elsewhere, List.of(elsewhere),
                new ConfinedFiles(List.of(elsewhere)), "npm")).isInstanceOf(Refusal.class).hasMessageContaining("no package.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-g", "--registry=http://evil", "../../etc", "/abs/path", "evil.tgz", "Express", "a b",
            "git+ssh://x", "x;rm -rf /", "@scope", ".hidden", "_under", "ｅxpress", "pkg\nnext"})
    void hostileNames_areRefusedEvenWhenAllowListed(String name) throws Exception {
        Files.writeString(root.resolve("web/package.json"), "{\"dependencies\": {" + com.fasterxml.jackson.databind.node
                .TextNode.valueOf(name) + ": \"*\"}}");
        assertThatThrownBy(() -> plan(name, List.of(name), List.of())).isInstanceOf(Refusal.class)
                .hasMessageContaining("not installing");
    }
}
