package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/node.drl on what real node prints now (not a stored copy): each output goes through
 * {@code diagnose --json} with the default rules, and the test reads the diagnosis and the proposals.
 */
@Tag(Tags.PROCESS)
class NodeDiagnosisTest {
    @TempDir Path dir;

    private String nodeOutput(String file, String source) throws Exception {
        Files.writeString(dir.resolve(file), source);
        Process p = new ProcessBuilder("node", file).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isNotZero();
        return out;
    }

    private JsonNode diagnose(String text) throws Exception {
        Cli.Output o = Cli.run(Files.createDirectories(dir.resolve("home")), "diagnose", "--json", text);
        assertThat(o.exit()).as(o.err()).isIn(0, 1);
        return Json.MAPPER.readTree(o.out());
    }

    private static List<String> strategies(JsonNode d) {
        List<String> out = new ArrayList<>();
        d.get("proposals").forEach(p -> out.add(p.get("strategy").asText() + " by " + p.get("rule").asText()));
        return out;
    }

    @Test
    void aMissingCommonJsPackage_isProposedForNpm_withTheFailingFile() throws Exception {
        JsonNode d = diagnose(nodeOutput("main.js", "require('left-pad-lite');\n"));

        assertThat(d.get("diagnosis").get("details").get("ecosystem").asText()).isEqualTo("node");
        assertThat(strategies(d)).containsExactly("install_module by Install a declared npm package");
        JsonNode params = d.get("proposals").get(0).get("params");
        assertThat(params.get("module").asText()).isEqualTo("left-pad-lite");
        assertThat(params.get("file").asText()).endsWith("main.js");
    }

    @Test
    void anEsmImportWithoutItsExtension_carriesTheSpecifierNodeSuggested() throws Exception {
        Files.writeString(dir.resolve("util.js"), "exports.a = 1;\n");
        JsonNode d = diagnose(nodeOutput("main.mjs", "import u from './util';\nconsole.log(u);\n"));

        JsonNode details = d.get("diagnosis").get("details");
        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("import_error");
        assertThat(details.get("kind").asText()).isEqualTo("esm_specifier");
        assertThat(details.get("suggested").asText()).isEqualTo("./util.js");
        assertThat(details.get("missing").asText()).endsWith("/util");
        assertThat(d.get("error").get("details").get("node_did_you_mean").asText()).isEqualTo("./util.js");
        assertThat(strategies(d)).containsExactly("fix_import by Fix an ESM import Node names");
    }

    @Test
    void aNamedImportTheModuleDoesNotExport_isImportError_notSyntax() throws Exception {
        Files.writeString(dir.resolve("lib.mjs"), "export const a = 1;\n");
        JsonNode d = diagnose(nodeOutput("main.mjs", "import { zzz } from './lib.mjs';\nconsole.log(zzz);\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("import_error");
        JsonNode details = d.get("diagnosis").get("details");
        assertThat(details.get("kind").asText()).isEqualTo("missing_export");
        assertThat(details.get("module").asText()).isEqualTo("./lib.mjs");
        assertThat(details.get("name").asText()).isEqualTo("zzz");
        assertThat(strategies(d)).containsExactly("fix_import by List the exports of an ESM module");
    }

    @Test
    void aHostileDidYouMeanLine_isNotADetail() throws Exception {
        String text = """
                node:internal/modules/run_main:123
                    triggerUncaughtException(
                    ^

                Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/srv/app/util' imported from /srv/app/main.mjs
                Did you mean to import "./util.js'; rm -rf /; '"?
                    at finalizeResolution (node:internal/modules/esm/resolve:283:11) {
                  code: 'ERR_MODULE_NOT_FOUND',
                  url: 'file:///srv/app/util'
                }

                Node.js v20.20.2
                """;
        JsonNode d = diagnose(text);

        assertThat(d.get("error").get("details").has("node_did_you_mean")).isFalse();
        assertThat(strategies(d)).isEmpty();
    }
}
