package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThatThrownBy(() -> loader.loadClass("org.autoheal_x.NoSuchName")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> loader.loadClass("org.autoheal_x.NoSuchName")).isInstanceOf(ClassNotFoundException.class);
        assertThat(loader.misses()).isEqualTo(before + 1);
    }

    @Test
    void noJarOfTheClassPathHoldsANameUnderAnOwnPrefix() throws IOException {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertThat(entries.length).as("the test JVM's real class path").isGreaterThan(20);
        Path own = Path.of(MissCachingClassLoader.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> holders = new ArrayList<>();
        int jars = 0;
        for (String entry : entries) {
            Path p = Path.of(entry);
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.forEach(f -> names.add(p.relativize(f).toString().replace(File.separatorChar, '/')));
                }
            } else if (entry.endsWith(".jar")) {
                jars++;
                try (JarFile jar = new JarFile(p.toFile())) {
                    jar.stream().forEach(e -> names.add(e.getName()));
                }
            }
            for (String n : names) {
                String dotted = n.replace('/', '.').replace('$', '.');
                if (MissCachingClassLoader.OWN_PREFIXES.stream().anyMatch(dotted::startsWith)) {
                    holders.add(entry);
                    break;
                }
            }
        }
        assertThat(jars).isGreaterThan(20);
        // AutoHeal's own classes, and in this JVM its test classes (which rules do not see)
        assertThat(holders).allSatisfy(h -> assertThat(Path.of(h).equals(own) || h.endsWith("test-classes")).as(h).isTrue());
        assertThat(holders.stream().map(Path::of)).contains(own);
    }

    @Test
    void classesOfJdkModulesGoToTheModuleSystem() {
        for (Module m : ModuleLayer.boot().modules()) {
            for (String pkg : m.getPackages()) {
                assertThat(MissCachingClassLoader.onlyOwnCodeCanHold(pkg + ".X")).as(m.getName() + " " + pkg).isFalse();
            }
        }
    }

    @Test
    void namesOnlyOwnCodeCouldHoldAreLookedUpThere(@TempDir Path tmp) throws ClassNotFoundException, IOException {
        for (String name : new String[] {"org.autoheal.facts$language", "org.autoheal$facts$language",
                "org$autoheal$facts$language", "org.autoheal.facts.language", "java.lang$language", "java$lang$language",
                "org.autoheal.facts.Diagnosis", "org.autoheal.facts$Diagnosis"}) {
            assertThat(MissCachingClassLoader.onlyOwnCodeCanHold(name)).as(name).isTrue();
        }
        for (String name : new String[] {"java.lang.language", "java.lang.String", "java.util.regex.Matcher",
                "org.drools.core.Foo", "javax.X", "org.autoheals.X", "language"}) {
            assertThat(MissCachingClassLoader.onlyOwnCodeCanHold(name)).as(name).isFalse();
        }
        // as the launcher runs it: from AutoHeal's jar, here one holding two of its classes
        Path jar = tmp.resolve("autoheal.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> c : List.of(org.autoheal.facts.Diagnosis.class, org.autoheal.facts.Knowledge.Close.class)) {
                String entry = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (var in = c.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
            }
        }
        MissCachingClassLoader fromJar = new MissCachingClassLoader(MissCachingClassLoader.class.getClassLoader(), jar.toFile());
        // RegexTest is a test class the parent holds: only the jar is asked
        for (String name : new String[] {"org.autoheal.facts$language", "org$autoheal$facts$cause", "java.lang$module",
                "java$lang$language", "org.autoheal.facts.RegexTest"}) {
            assertThatThrownBy(() -> fromJar.loadClass(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(fromJar.loadClass("org.autoheal.facts.Diagnosis")).isSameAs(org.autoheal.facts.Diagnosis.class);
        assertThat(fromJar.loadClass("org.autoheal.facts.Knowledge$Close")).isSameAs(org.autoheal.facts.Knowledge.Close.class);
        assertThat(fromJar.loadClass("java.lang.String")).isSameAs(String.class);
        assertThat(fromJar.loadClass("java.lang.module.ModuleDescriptor")).isSameAs(ModuleDescriptor.class);
    }

    @Test
    void runFromClassesFolders_testClassesInOwnPackagesStayVisible() throws ClassNotFoundException {
        // the rules of DecisionDeadlineTest and ReloadDeadlineTest call org.autoheal.engine.Spin, a test class
        assertThat(loader.loadClass("org.autoheal.engine.Spin")).isSameAs(Spin.class);
        assertThat(loader.loadClass("org.autoheal.facts.RegexTest")).isNotNull();
        assertThat(loader.loadClass("org.autoheal.facts.Diagnosis")).isSameAs(org.autoheal.facts.Diagnosis.class);
        assertThatThrownBy(() -> loader.loadClass("org$autoheal$facts$cause")).isInstanceOf(ClassNotFoundException.class);
    }
}
