package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules' class loader parent: class-path misses remembered, names in the rules' own package never searched. */
class MissCachingClassLoaderTest {
    private final MissCachingClassLoader loader = MissCachingClassLoader.application();

    @Test
    void noClassOfTheClassPathIsInTheRulesPackage() {
        ClassLoader app = MissCachingClassLoader.class.getClassLoader();
        assertThat(app.getResource("org/autoheal/rules")).isNull();
        assertThat(app.getResource("org/autoheal/rules/")).isNull();
        assertThat(app.getResource("org/autoheal/rules.class")).as("a class org.autoheal.rules would own rules$X").isNull();
    }

    @Test
    void namesInTheRulesPackageAreMissesInEverySpelling() throws ClassNotFoundException {
        for (String name : new String[] {"org.autoheal.rules.SqlSyntaxMessage", "org.autoheal.rules$detail",
                "org.autoheal$rules$error", "org$autoheal$rules$exitCode", "org.autoheal.rules.copy2.Fn"}) {
            assertThat(MissCachingClassLoader.inRulesPackage(name)).as(name).isTrue();
            assertThatThrownBy(() -> loader.loadClass(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
        for (String name : new String[] {"org.autoheal.rulesx.A", "org.autoheal.facts.ToolchainError", "org.autoheal.rule"}) {
            assertThat(MissCachingClassLoader.inRulesPackage(name)).as(name).isFalse();
        }
        assertThat(loader.loadClass("org.autoheal.facts.ToolchainError")).isSameAs(org.autoheal.facts.ToolchainError.class);
    }

    @Test
    void otherMissesAreRemembered() {
        int before = loader.misses();
        assertThatThrownBy(() -> loader.loadClass("org.autoheal.facts.noSuchName")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("org.autoheal.facts.noSuchName")).isInstanceOf(ClassNotFoundException.class);
        assertThat(loader.misses()).isEqualTo(before + 1);
    }
}
