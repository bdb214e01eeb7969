package org.autoheal.strategy.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(Tags.PROCESS)
class PythonInterpreterTest {
    @TempDir
    Path dir;

    private PythonInterpreter py() {
        return new PythonInterpreter("python3", dir);
    }

    @Test
    void whenSourceCompiles_thenOk() {
        assertThat(py().compiles("def main():\n    return 1\n", "tools/main.py").ok()).isTrue();
    }

    @Test
    void whenColonMissing_thenReportsTypeMessageAndLine() {
        CompileResult r = py().compiles("import sys\n\n\ndef main()\n    print(1)\n", "tools/main.py");
        assertThat(r.ok()).isFalse();
        assertThat(r.errorType()).isEqualTo("SyntaxError");
        assertThat(r.message()).isEqualTo("expected ':'");
        assertThat(r.line()).isEqualTo(4);
    }

    @Test
    void whenTabsAndSpacesMixed_thenReportsTabError() {
        CompileResult r = py().compiles("def f(n):\n    if n:\n        return 1\n\treturn 2\n", "tabs.py");
        assertThat(r.errorType()).isEqualTo("TabError");
        assertThat(r.line()).isEqualTo(4);
    }

    @Test
    void whenCompiling_thenNothingIsWrittenInTheWorkdir() throws IOException {
        py().compiles("x = 1\n", "x.py");
        py().compiles("x = (\n", "x.py");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void whenDisplayNameIsHostile_thenItIsOnlyAName() {
        CompileResult r = py().compiles("x = (\n", "a \"b\"; rm -rf / $(id) `id`\n.py");
        assertThat(r.ok()).isFalse();
        assertThat(r.message()).contains("was never closed");
    }

    @Test
    void whenCrlfSource_thenCompilesLikePythonDoes() {
        assertThat(py().compiles("if True:\r\n    x = 1\r\n", "crlf.py").ok()).isTrue();
    }

    @Test
    void whenNameIsDefinedInSubmodule_thenFindsTheDefiningModule() throws IOException {
        Path shop = Files.createDirectories(dir.resolve("tools/shop"));
        Files.writeString(shop.resolve("__init__.py"), "");
        // sorted first, only re-exports the name: the defining module must still win
        Files.writeString(shop.resolve("a_report.py"), "from shop.pricing import net_price\nprint('noise')\n");
        Files.writeString(shop.resolve("pricing.py"), "def net_price(p):\n    return p * 0.8\n");
        Files.writeString(shop.resolve("broken.py"), "raise SystemExit(3)\n");
        Files.writeString(shop.resolve("boom.py"), "x = (\n");
        Path tools = dir.resolve("tools");

        assertThat(py().findNameInSubmodules("shop", "net_price", tools)).contains("shop.pricing");
        assertThat(py().findNameInSubmodules("shop", "gross_price", tools)).isEmpty();
        assertThat(py().findNameInSubmodules("no_such_pkg", "net_price", tools)).isEmpty();
        assertThat(shop.resolve("__pycache__")).doesNotExist();
    }

    @Test
    void whenNameIsInNestedSubpackage_thenFindsIt() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("shop/tax"));
        Files.writeString(dir.resolve("shop/__init__.py"), "");
        Files.writeString(sub.resolve("__init__.py"), "");
        Files.writeString(sub.resolve("vat.py"), "RATE = 0.2\n");
        assertThat(py().findNameInSubmodules("shop", "RATE", dir)).contains("shop.tax.vat");
    }

    @Test
    void canImport_answersForRealModules() throws IOException {
        Files.writeString(dir.resolve("good.py"), "VALUE = 1\n");
        Files.writeString(dir.resolve("bad.py"), "import no_such_module_xyz\n");
        Files.writeString(dir.resolve("quits.py"), "raise SystemExit(0)\n");
        assertThat(py().canImport("json", dir)).isTrue();
        assertThat(py().canImport("good", dir)).isTrue();
        assertThat(py().canImport("bad", dir)).isFalse();
        assertThat(py().canImport("quits", dir)).isFalse();
        assertThat(py().canImport("no_such_module_xyz", dir)).isFalse();
    }

    @Test
    void whenNamesAreHostile_thenRefusedWithoutRunningAnything() throws IOException {
        Path marker = dir.resolve("ran");
        Path fake = dir.resolve("fakepython");
        Files.writeString(fake, "#!/bin/sh\necho \"$@\" >> '" + marker + "'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        PythonInterpreter py = new PythonInterpreter(fake.toString(), dir);

        for (String bad : List.of("os; import x", "__import__('os')", "-c", "a..b", "", ".a", "a.", "import",
                "a b", "x\ny", "é")) {
            assertThatThrownBy(() -> py.findNameInSubmodules(bad, "name", dir)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> py.findNameInSubmodules("shop", bad, dir)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> py.canImport(bad, dir)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> py.findNameInSubmodules("shop", "a.b", dir)).isInstanceOf(IllegalArgumentException.class);
        assertThat(marker).doesNotExist();

        // the fake does run for a valid name, so the check above could have seen a run
        assertThatThrownBy(() -> py.canImport("json", dir)).isInstanceOf(PythonInterpreterException.class)
                .hasMessageContaining("without a result");
        assertThat(marker).exists();
    }

    @Test
    void whenInterpreterMissing_thenErrorNamesIt() {
        PythonInterpreter py = new PythonInterpreter(dir.resolve("no-python-here").toString(), dir);
        assertThatThrownBy(() -> py.compiles("x = 1\n", "x.py")).isInstanceOf(PythonInterpreterException.class)
                .hasMessageContaining("no-python-here").hasMessageContaining("toolchains.json");
    }

    @Test
    void whenInterpreterHangs_thenTimesOut() throws IOException {
        Path fake = dir.resolve("slowpython");
        Files.writeString(fake, "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        PythonInterpreter py = new PythonInterpreter(fake.toString(), dir, Duration.ofSeconds(1), Map.of());
        assertThatThrownBy(() -> py.canImport("json", dir)).isInstanceOf(PythonInterpreterException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void whenSearchDirMissing_thenRefused() {
        assertThatThrownBy(() -> py().canImport("json", dir.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
