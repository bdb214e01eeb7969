package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fix_import} through {@code repair}: a moved name, a name that lives in a submodule of
 * the same package (the interpreter is asked), a relative import in a script. A line diff of
 * the healed file shows that only the import statement changed.
 */
@Tag(Tags.PROCESS)
class FixImportEndToEndTest {
    @TempDir Path dir;

    record Diff(List<String> removed, List<String> added, int at) {
    }

    /** The one changed hunk between two texts: common leading and trailing lines stripped. */
    static Diff diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) tail++;
        return new Diff(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head + 1);
    }

    @Test
    void movedName_collectionsMapping_becomesCollectionsAbc_onlyThatLineChanges() throws Exception {
        TestHome home = new TestHome(dir);
        String before = "import sys\n# inventory of things\nfrom collections import Mapping, OrderedDict\n\n"
                + "def check(x):\n    return isinstance(x, Mapping)\n\nprint('mapping ok:', check({}), OrderedDict.__name__)\n";
        home.write("tools/inventory.py", before);
        home.toolchains("{\"toolchains\": {\"inv\": {\"command\": [\"python3\", \"tools/inventory.py\"]}}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode attempt = r.firstAttempt();
        assertThat(attempt.get("strategy").asText()).isEqualTo("fix_import");
        assertThat(attempt.get("params").get("kind").asText()).isEqualTo("moved_name");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(attempt.get("backups")).hasSize(1);
        String after = home.read("tools/inventory.py");
        Diff d = diff(before, after);
        assertThat(d.at()).isEqualTo(3);
        assertThat(d.removed()).containsExactly("from collections import Mapping, OrderedDict");
        assertThat(String.join("\n", d.added())).contains("from collections.abc import Mapping")
                .contains("OrderedDict").doesNotContain("def ").doesNotContain("print");
        assertThat(run("python3", "tools/inventory.py")).contains("mapping ok: True OrderedDict");
    }

    @Test
    void nameInASubmoduleOfThePackage_isImportedFromThatSubmodule() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("app/shop/__init__.py", "");
        home.write("app/shop/pricing.py", "def total(items):\n    return sum(items)\n");
        home.write("app/shop/catalog.py", "ITEMS = [1, 2, 3]\n");
        String before = "from shop.catalog import ITEMS\nfrom shop import total\n\nprint('total', total(ITEMS))\n";
        home.write("app/main.py", before);
        home.toolchains("{\"toolchains\": {\"shop\": {\"command\": [\"python3\", \"app/main.py\"]}}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("params").get("kind").asText()).isEqualTo("name_in_submodule");
        Diff d = diff(before, home.read("app/main.py"));
        assertThat(d.removed()).containsExactly("from shop import total");
        assertThat(d.added()).containsExactly("from shop.pricing import total");
        assertThat(home.read("app/shop/__init__.py")).isEmpty();
        assertThat(run("python3", "app/main.py")).contains("total 6");
    }

    @Test
    void relativeImportInAScript_getsAFallback_andStillWorksAsAModule() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("app/pkg/__init__.py", "");
        home.write("app/pkg/helpers.py", "def greet(n):\n    return 'hi ' + n\n");
        String before = "import os\nfrom .helpers import greet\n\nprint(greet(os.path.basename('x/demo')))\n";
        home.write("app/pkg/runner.py", before);
        home.toolchains("{\"toolchains\": {\"runner\": {\"command\": [\"python3\", \"app/pkg/runner.py\"]}}}");

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.firstAttempt().get("params").get("kind").asText()).isEqualTo("relative_import_no_parent");
        Diff d = diff(before, home.read("app/pkg/runner.py"));
        assertThat(d.at()).isEqualTo(2);
        assertThat(d.removed()).containsExactly("from .helpers import greet");
        assertThat(d.added()).containsExactly("try:", "    from .helpers import greet", "except ImportError:",
                "    from helpers import greet");
        assertThat(run("python3", "app/pkg/runner.py")).contains("hi demo");
        Process asModule = new ProcessBuilder("python3", "-m", "pkg.runner").directory(dir.resolve("app").toFile())
                .redirectErrorStream(true).start();
        assertThat(new String(asModule.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("hi demo");
    }

    private String run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(1, TimeUnit.MINUTES);
        return out;
    }
}
