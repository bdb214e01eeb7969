package org.autoheal.strategy.npm;

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
 * Asks a node whether packages resolve from a folder, as {@code require} would from a file in it:
 * one process for all names, a fixed script with the names as argv after {@code --} (never in the
 * code). It resolves the package's {@code package.json} ({@code lodash/fp} asks for lodash), so an
 * installed package counts whatever its entry points are; one whose {@code exports} hide
 * package.json ({@code ERR_PACKAGE_PATH_NOT_EXPORTED}) was found too. Nothing of the packages runs.
 */
public final class NodeResolve {
    private static final String MARK = "@@autoheal-resolve@@ ";
    static final String SCRIPT = String.join("\n",
            "const path = require('node:path');",
            "const req = require('node:module').createRequire(path.join(process.cwd(), '[autoheal]'));",
            "const out = {};",
            "for (const name of process.argv.slice(1)) {",
            "  const pkg = name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');",
            "  try { out[name] = { found: req.resolve(pkg + '/package.json') }; }",
            "  catch (e) { out[name] = e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' ? { found: name }",
            "      : { error: String(e.code || '') + ': ' + String(e.message).split('\\n')[0].slice(0, 300) }; }",
            "}",
            "process.stdout.write('\\n" + MARK + "' + JSON.stringify(out) + '\\n');", "");

    /** One package's answer: found (detail: where), or not (detail: why). */
    public record Answer(String name, boolean found, String detail) {
    }

    private final ProcessRunner runner = new ProcessRunner();

    /** Each name's answer, in order; every name gets one (a node that did not answer fails them all with why). */
    public List<Answer> resolve(String node, List<String> names, Path folder, Map<String, String> env, Duration timeout) {
        List<String> argv = new ArrayList<>(List.of(node, "-e", SCRIPT, "--"));
        argv.addAll(names);
        RunResult r = runner.run(new RunSpec(argv, folder, env, timeout, 256 * 1024));
        JsonNode answers = answers(r);
        List<Answer> out = new ArrayList<>();
        for (String n : names) {
            JsonNode a = answers == null ? null : answers.get(n);
            if (a != null && a.has("found")) out.add(new Answer(n, true, a.get("found").asText()));
            else if (a != null) out.add(new Answer(n, false, a.path("error").asText()));
            else out.add(new Answer(n, false, "no answer from " + node + ": " + r.shortFailure()));
        }
        return out;
    }

    /** As {@link #resolve} for one name. */
    public Answer resolve(String node, String name, Path folder, Map<String, String> env, Duration timeout) {
        return resolve(node, List.of(name), folder, env, timeout).get(0);
    }

    private static JsonNode answers(RunResult r) {
        try {
            JsonNode n = Json.MAPPER.readTree(r.markedLine(MARK).orElse(""));
            return n != null && n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
