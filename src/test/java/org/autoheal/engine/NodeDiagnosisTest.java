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

    // s11-node2: errors whose program wraps the real one ({ cause }), AggregateErrors and stacks in JSON log fields

    @Test
    void aMissingPackageInsideACause_isTheModuleTheCauseNames() throws Exception {
        JsonNode d = diagnose(nodeOutput("mailer.js", "try {\n  require('nodemailer-lite');\n} catch (err) {\n"
                + "  throw new Error('mailer unavailable', { cause: err });\n}\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("missing_module");
        assertThat(d.get("diagnosis").get("details").get("module").asText()).isEqualTo("nodemailer-lite");
    }

    @Test
    void aJsonParseErrorInsideACause_isMalformedJson_notSyntax() throws Exception {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/app.json"), "{\n  \"port\": 8080,\n  debug: true\n}\n");
        JsonNode d = diagnose(nodeOutput("boot.js", "const file = 'conf/app.json';\ntry {\n"
                + "  JSON.parse(require('fs').readFileSync(file, 'utf8'));\n} catch (err) {\n"
                + "  throw new Error(`invalid settings in ${file}`, { cause: err });\n}\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("json_format");
        assertThat(d.get("diagnosis").get("details").get("json_file").asText()).endsWith("conf/app.json");
    }

    @Test
    void aSyntaxErrorCausePrintedWithItsPointer_givesThatFileAndLine() throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(dir.resolve("plugins/slug.js"), "module.exports = (s) => {\n  return s.trim());\n};\n");
        JsonNode d = diagnose(nodeOutput("build.js", "try {\n  require('./plugins/slug.js');\n} catch (err) {\n"
                + "  throw new Error('plugin slug failed to load', { cause: err });\n}\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("syntax");
        assertThat(d.get("diagnosis").get("details").get("file").asText()).endsWith("plugins/slug.js");
        assertThat(d.get("diagnosis").get("details").get("line").asInt()).isEqualTo(2);
    }

    @Test
    void aLoggedAggregateErrorOfRefusedConnections_isAConnectionFailure() throws Exception {
        int a = closedPort();
        int b = closedPort();
        JsonNode d = diagnose(nodeOutput("any.js", "const net = require('net');\nconst open = (p) => new Promise((res, rej) => {\n"
                + "  const s = net.connect(p, '127.0.0.1', () => res(s));\n  s.on('error', rej);\n});\n"
                + "Promise.any([" + a + ", " + b + "].map(open)).catch((err) => {\n  console.log('all replicas down:', err);\n  process.exitCode = 1;\n});\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("connection");
        assertThat(d.get("diagnosis").get("details").get("host").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void aNodeStackInAJsonLogField_isReadAsTheCrashItStates() throws Exception {
        Files.writeString(dir.resolve("routes.json"), "{\n  \"routes\": [\n    {\"path\": \"/api\"},\n  ]\n}\n");
        JsonNode d = diagnose(nodeOutput("gw.js", "const file = 'routes.json';\ntry {\n"
                + "  JSON.parse(require('fs').readFileSync(file, 'utf8'));\n} catch (err) {\n"
                + "  console.log(JSON.stringify({ level: 'error', message: 'failed to load routes', file, error: { message: err.message, stack: err.stack } }));\n"
                + "  process.exit(1);\n}\n"));

        assertThat(d.get("diagnosis").get("cause").asText()).isEqualTo("json_format");
        assertThat(d.get("diagnosis").get("details").get("json_file").asText()).endsWith("routes.json");
    }

    private static int closedPort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
