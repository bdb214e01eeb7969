package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Tags.PROCESS)
class DistributionNamesTest {
    private final DistributionNames names = DistributionNames.builtIn();

    private String dist(DistributionNames table, String importName) {
        var resolution = table.resolve(importName);
        assertThat(resolution.refused()).as("refused: %s", resolution.refusal()).isFalse();
        return resolution.distribution();
    }

    @Test
    void whenImportNameIsAWellKnownMismatch_thenMapsToItsDistribution() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("yaml", "PyYAML"), Map.entry("cv2", "opencv-python"), Map.entry("PIL", "Pillow"),
                Map.entry("sklearn", "scikit-learn"), Map.entry("bs4", "beautifulsoup4"),
                Map.entry("dateutil", "python-dateutil"), Map.entry("jwt", "PyJWT"), Map.entry("Crypto", "pycryptodome"),
                Map.entry("serial", "pyserial"), Map.entry("attr", "attrs"), Map.entry("zmq", "pyzmq"),
                Map.entry("MySQLdb", "mysqlclient"), Map.entry("psycopg2", "psycopg2"), Map.entry("fitz", "PyMuPDF"),
                Map.entry("gi", "PyGObject"), Map.entry("win32api", "pywin32"), Map.entry("skimage", "scikit-image"));
        expected.forEach((importName, distribution) ->
                assertThat(dist(names, importName)).as(importName).isEqualTo(distribution));
    }

    @Test
    void whenImportIsDotted_thenLongestMappedPrefixWins_elseTopLevelName() {
        assertThat(dist(names, "google.protobuf.message")).isEqualTo("protobuf");
        assertThat(dist(names, "yaml.constructor")).isEqualTo("PyYAML");
        assertThat(dist(names, "requests.adapters")).isEqualTo("requests");
        assertThat(dist(names, "numpy")).isEqualTo("numpy");
    }

    @Test
    void whenNamespaceRootHasNoEntry_thenRefusedWithAdvice() {
        var resolution = names.resolve("google.unknownthing");
        assertThat(resolution.refused()).isTrue();
        assertThat(resolution.refusal()).contains("module_map");
    }

    @Test
    void whenConfigMapGiven_thenItExtendsAndOverridesTheBuiltIns() {
        var table = new DistributionNames(Map.of("yaml", "ruamel.yaml", "fancy", "fancy-tools",
                "google.unknownthing", "google-unknown-thing"));
        assertThat(dist(table, "yaml")).isEqualTo("ruamel.yaml");
        assertThat(dist(table, "fancy.sub")).isEqualTo("fancy-tools");
        assertThat(dist(table, "google.unknownthing")).isEqualTo("google-unknown-thing");
        assertThat(dist(table, "cv2")).isEqualTo("opencv-python");
    }

    @Test
    void whenConfigMapHasInvalidEntry_thenFailsNamingIt() {
        assertThatThrownBy(() -> new DistributionNames(Map.of("yaml", "PyYAML --index-url http://evil")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("install.module_map[yaml]");
        assertThatThrownBy(() -> new DistributionNames(Map.of("bad key", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("install.module_map");
    }

    @Test
    void whenModuleIsStandardLibrary_thenRefusedAsNotOnPyPI() {
        for (String stdlib : new String[] {"json", "os.path", "tomllib", "asyncio", "sqlite3", "_ssl", "tkinter"}) {
            var resolution = names.resolve(stdlib);
            assertThat(resolution.refused()).as(stdlib).isTrue();
            assertThat(resolution.refusal()).contains("standard library", "not installable from PyPI");
            assertThat(DistributionNames.isStdlib(stdlib)).isTrue();
        }
        assertThat(DistributionNames.isStdlib("yaml")).isFalse();
        assertThat(StandardLibrary.size()).isGreaterThan(250);
    }

    @Test
    void whenModuleIsPython2Only_thenRefused() {
        var resolution = names.resolve("urllib2");
        assertThat(resolution.refused()).isTrue();
        assertThat(resolution.refusal()).contains("Python 2");
    }

    @Test
    void bundledStdlibListMatchesThisInterpreter() throws Exception {
        Process p = new ProcessBuilder("python3", "-c",
                "import sys; print(sys.version_info[:2] == (3, 11)); print('\\n'.join(sys.stdlib_module_names))")
                .redirectErrorStream(true).start();
        var lines = new String(p.getInputStream().readAllBytes()).strip().split("\n");
        assertThat(p.waitFor()).isZero();
        if (lines[0].equals("True")) { // the list is 3.11's; other versions legitimately differ
            assertThat(lines.length - 1).isEqualTo(StandardLibrary.size());
            for (int i = 1; i < lines.length; i++) assertThat(StandardLibrary.contains(lines[i])).as(lines[i]).isTrue();
        }
    }
}
