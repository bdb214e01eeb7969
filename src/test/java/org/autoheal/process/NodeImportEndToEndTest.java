package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix_import} for Node ES modules through {@code repair --yes --json}, with real node. */
@Tag(Tags.PROCESS)
class NodeImportEndToEndTest {
    @TempDir Path dir;

    private TestHome esmApp(String main) throws Exception {
        TestHome home = new TestHome(dir);
        home.write("app/package.json", "{\"name\": \"app\", \"type\": \"module\"}\n");
        home.write("app/util.js", "export const a = 1;\nexport function b() { return 2; }\nexport default 3;\n");
        home.write("app/main.js", main);
        // Node 20 prints "Did you mean" only when it runs from the importing file's folder
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"node\", \"main.js\"], \"workdir\": \"app\"}}}");
        return home;
    }

    @Test
    void whenARelativeImportLacksItsExtension_thenItGetsExactlyTheSpecifierNodeNamed_andNothingElseChanges() throws Exception {
        String main = """
                // import { a } from './util'; (kept as it was: a comment)
                import { a, b } from './util';
                import fs from 'node:fs';
                console.log('sum', a + b(), typeof fs.readFileSync);
                """;
        TestHome home = esmApp(main);

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode inc = r.incident(0);
        assertThat(inc.get("diagnosis").get("cause").asText()).isEqualTo("import_error");
        assertThat(inc.get("diagnosis").get("details").get("kind").asText()).isEqualTo("esm_specifier");
        assertThat(inc.get("diagnosis").get("details").get("suggested").asText()).isEqualTo("./util.js");
        assertThat(r.firstAttempt().get("strategy").asText()).isEqualTo("fix_import");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("healed");
        assertThat(home.read("app/main.js")).isEqualTo(main.replace("import { a, b } from './util';",
                "import { a, b } from './util.js';"));
        assertThat(home.read(r.firstAttempt().get("backups").get(0).asText())).contains("main.js");
        assertThat(node("main.js")).contains("sum 3 function");
    }

    @Test
    void whenANamedImportIsNotExported_thenImportErrorListsTheExports_andNoFileChanges() throws Exception {
        TestHome home = esmApp("import { zzz } from './util.js';\nconsole.log(zzz);\n");
        var before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode d = r.incident(0).get("diagnosis");
        assertThat(d.get("cause").asText()).isEqualTo("import_error");
        assertThat(d.get("details").get("kind").asText()).isEqualTo("missing_export");
        assertThat(d.get("details").get("name").asText()).isEqualTo("zzz");
        assertThat(d.get("details").get("module").asText()).isEqualTo("./util.js");
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("no edit: ./util.js does not export 'zzz'")
                .contains("it exports: a, b, default");
        assertThat(home.snapshot()).isEqualTo(before);
    }

    @Test
    void whenNodeSuggestsAFileOutsideTheRoots_thenRefused() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("lib/package.json", "{\"type\": \"module\"}\n");
        home.write("lib/util.js", "export const a = 1;\n");
        home.write("app/package.json", "{\"type\": \"module\"}\n");
        home.write("app/main.js", "import { a } from '../lib/util';\nconsole.log(a);\n");
        home.toolchains("{\"toolchains\": {\"app\": {\"command\": [\"node\", \"main.js\"], \"workdir\": \"app\"}}}");
        var before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        assertThat(r.firstAttempt().get("outcome").asText()).isEqualTo("refused");
        assertThat(r.firstAttempt().get("detail").asText()).contains("outside the toolchain's roots");
        assertThat(home.snapshot()).isEqualTo(before);
    }

    private String node(String script) throws Exception {
        Process p = new ProcessBuilder("node", script).directory(dir.resolve("app").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return out;
    }
}
