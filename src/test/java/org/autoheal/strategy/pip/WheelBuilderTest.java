package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(Tags.PROCESS)
class WheelBuilderTest {
    // an independent check with Python's hashlib/zipfile: every RECORD row matches its entry
    private static final String CHECK_RECORD = String.join("\n",
            "import base64, csv, hashlib, io, sys, zipfile",
            "z = zipfile.ZipFile(sys.argv[1])",
            "rec = [n for n in z.namelist() if n.endswith('.dist-info/RECORD')][0]",
            "rows = list(csv.reader(io.TextIOWrapper(z.open(rec), 'utf-8')))",
            "assert {r[0] for r in rows} == set(z.namelist()), (rows, z.namelist())",
            "for path, digest, size in rows:",
            "    if path == rec: assert digest == '' and size == ''; continue",
            "    data = z.read(path)",
            "    want = 'sha256=' + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()",
            "    assert digest == want and int(size) == len(data), path",
            "print('RECORD OK', len(rows))");

    @TempDir Path dir;

    @Test
    void whenBuilt_thenWheelHasModuleMetadataWheelAndRecord() throws Exception {
        Path wheel = new WheelBuilder().build(dir, "PyYAML", "6.0.1", "yaml", "def safe_load(s):\n    return s\n");

        assertThat(wheel.getFileName().toString()).isEqualTo("pyyaml-6.0.1-py3-none-any.whl");
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactly("yaml/__init__.py", "pyyaml-6.0.1.dist-info/METADATA",
                    "pyyaml-6.0.1.dist-info/WHEEL", "pyyaml-6.0.1.dist-info/RECORD");
            assertThat(read(zip, "pyyaml-6.0.1.dist-info/METADATA"))
                    .contains("Metadata-Version: 2.1\n", "Name: PyYAML\n", "Version: 6.0.1\n");
            assertThat(read(zip, "pyyaml-6.0.1.dist-info/WHEEL"))
                    .contains("Wheel-Version: 1.0\n", "Root-Is-Purelib: true\n", "Tag: py3-none-any\n", "Generator: ");
            String record = read(zip, "pyyaml-6.0.1.dist-info/RECORD");
            assertThat(record).contains("yaml/__init__.py,sha256=" + WheelBuilder.sha256(
                    "def safe_load(s):\n    return s\n".getBytes(StandardCharsets.UTF_8)) + ",31\n");
        }
        assertThat(python("-c", CHECK_RECORD, wheel.toString())).startsWith("RECORD OK 4");
        assertThat(Files.list(dir)).containsExactly(wheel); // no temp file left beside it
    }

    @Test
    void whenDottedImportAsModule_thenParentsArePackages() throws Exception {
        Path wheel = new WheelBuilder().build(dir, "my.dotted_dist", "1.0", "acme.tools", "X = 1\n", false);
        assertThat(wheel.getFileName().toString()).isEqualTo("my_dotted_dist-1.0-py3-none-any.whl");
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            assertThat(zip.getEntry("acme/__init__.py")).isNotNull();
            assertThat(read(zip, "acme/tools.py")).isEqualTo("X = 1\n");
            assertThat(zip.getEntry("my_dotted_dist-1.0.dist-info/RECORD")).isNotNull();
        }
        assertThat(python("-c", CHECK_RECORD, wheel.toString())).startsWith("RECORD OK 5");
    }

    @Test
    void whenNamesOrVersionInvalid_thenRefusedWithoutWriting() throws Exception {
        var builder = new WheelBuilder();
        assertThatThrownBy(() -> builder.build(dir, "../evil", "1.0", "x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.build(dir, "ok", "1.0-1", "x", "")).hasMessageContaining("version");
        assertThatThrownBy(() -> builder.build(dir, "ok", "1.0", "x-y", "")).hasMessageContaining("import name");
        assertThat(Files.list(dir)).isEmpty();
    }

    private static String read(ZipFile zip, String name) throws Exception {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String python(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("python3"));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
