package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled rules read straight from the jar are what the jar's file system gives. */
class RuleSourcesJarTest {
    @TempDir Path dir;

    @Test
    void jarEntriesAreReadAsTheJarFileSystemWouldGiveThem() throws Exception {
        Path jar = dir.resolve("a.jar");
        Map<String, String> entries = Map.of(
                "autoheal/rules/b.drl", "rule b é\n", "autoheal/rules/a.drl", "rule a\n",
                "autoheal/rules/sub/c.drl", "rule c\n", "autoheal/rules/a.examples.json", "[]",
                "autoheal/rules/data/t.json", "{}", "other/d.drl", "not a bundled rule\n");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dirEntry : new String[] {"autoheal/", "autoheal/rules/", "autoheal/rules/sub/"}) {
                out.putNextEntry(new JarEntry(dirEntry));
                out.closeEntry();
            }
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            for (String suffix : new String[] {".drl", ".examples.json", ".json"}) {
                Map<String, String> viaFs = RuleSources.fromFolder(fs.getPath(RuleSources.BUNDLED), "rules/", suffix);
                assertThat(RuleSources.fromJar(jar, suffix)).as(suffix).isEqualTo(viaFs).isNotEmpty();
            }
        }
        assertThat(RuleSources.fromJar(jar, ".drl")).containsOnlyKeys("rules/a.drl", "rules/b.drl", "rules/sub/c.drl")
                .containsEntry("rules/b.drl", "rule b é\n");
    }
}
