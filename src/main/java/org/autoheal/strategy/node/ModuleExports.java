package org.autoheal.strategy.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;
import org.autoheal.json.Json;

/**
 * The names an ES module exports, asked of the toolchain's node: a fixed script imports the
 * module (argv, never in the code) from the importing file's folder and prints
 * {@code Object.keys} of its namespace. Importing runs the module's top-level code, as the
 * toolchain itself does.
 */
final class ModuleExports {
    private static final String MARK = "@@autoheal-exports@@ ";
    static final String SCRIPT = String.join("\n",
            "const path = require('node:path'); const { pathToFileURL } = require('node:url');",
            "const s = process.argv[1];",
            "const target = s.startsWith('.') || s.startsWith('/') ? pathToFileURL(path.resolve(s)).href : s;",
            "import(target).then(",
            "  m => process.stdout.write('\\n" + MARK + "' + JSON.stringify({ names: Object.keys(m) }) + '\\n'),",
            "  e => process.stdout.write('\\n" + MARK + "' + JSON.stringify({ error: String(e && e.message || e).split('\\n')[0].slice(0, 300) }) + '\\n'));",
            "");

    /** Either the export names or why they could not be listed. */
    record Listed(List<String> names, String error) {
    }

    Listed list(String node, String specifier, Path folder, Map<String, String> env, Duration timeout) {
        RunResult r = new ProcessRunner().run(new RunSpec(List.of(node, "-e", SCRIPT, "--", specifier), folder, env, timeout, 256 * 1024));
        var answer = r.markedLine(MARK);
        if (answer.isEmpty()) {
            String why = r.startError() != null ? "could not start " + node + ": " + r.startError()
                    : r.timedOut() ? "timed out" : "exit " + r.exitCode() + ": " + tail(r.combined());
            return new Listed(List.of(), why);
        }
        try {
            JsonNode n = Json.MAPPER.readTree(answer.get());
            if (n == null || !n.isObject()) return new Listed(List.of(), "no answer");
            if (n.has("error")) return new Listed(List.of(), n.get("error").asText());
            List<String> names = new ArrayList<>();
            n.path("names").forEach(x -> names.add(x.asText()));
            return new Listed(List.copyOf(names), null);
        } catch (java.io.IOException e) {
            return new Listed(List.of(), "unreadable answer: " + e.getMessage());
        }
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() <= 200 ? t : t.substring(t.length() - 200);
    }
}
