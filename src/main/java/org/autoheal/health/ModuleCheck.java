package org.autoheal.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Toolchain;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;
import org.autoheal.json.Json;

/**
 * Can the toolchain's interpreter import each module in {@code requires}? One process per
 * toolchain: a fixed script with the names as argv (never in the code), {@code -B} so no
 * bytecode is written, the toolchain's workdir and env. Importing runs the module's top-level
 * code, as the toolchain itself would.
 */
final class ModuleCheck {
    private static final String MARK = "@@autoheal-imports@@ ";
    static final String SCRIPT = String.join("\n",
            "import importlib, json, sys",
            "result = {}",
            "for name in sys.argv[1:]:",
            "    try:",
            "        importlib.import_module(name)",
            "        result[name] = None",
            "    except BaseException as e:",
            "        result[name] = (type(e).__name__ + ': ' + str(e))[:300]",
            "sys.__stdout__.write('\\n" + MARK + "' + json.dumps(result) + '\\n')",
            "sys.__stdout__.flush()", "");
    private final ProcessRunner runner;

    ModuleCheck(ProcessRunner runner) {
        this.runner = runner;
    }

    /** Refuses names that are not dotted identifiers: they are config errors (exit 2), never run. */
    static void validate(Toolchain t) {
        for (String m : t.requires()) {
            if (m == null || m.length() > 200 || !org.autoheal.strategy.python.PythonNames.isDottedName(m)) {
                throw new ConfigException("config/toolchains.json: toolchains." + t.name() + ".requires: '"
                        + Check.clean(m, 80) + "' is not a Python module name; write dotted identifiers such as yaml or google.protobuf");
            }
        }
    }

    List<Check> check(Toolchain t) {
        if (t.requires().isEmpty()) return List.of();
        validate(t);
        String python = t.python().contains("/") ? t.workdir().resolve(t.python()).normalize().toString() : t.python();
        List<String> argv = new ArrayList<>(List.of(python, "-B", "-c", SCRIPT));
        argv.addAll(t.requires());
        RunResult r = runner.run(new RunSpec(argv, t.workdir(), t.env(), t.timeout(), 256 * 1024));
        JsonNode answers = answers(r);
        List<Check> out = new ArrayList<>();
        for (String m : t.requires()) {
            JsonNode a = answers == null ? null : answers.get(m);
            if (a != null && a.isNull()) {
                out.add(Check.ok(t.name(), Check.MODULE, m, python + " imports " + m));
            } else if (a != null) {
                out.add(Check.failed(t.name(), Check.MODULE, m, python + " cannot import " + m + ": " + a.asText()));
            } else {
                out.add(Check.failed(t.name(), Check.MODULE, m, "no answer from " + python + ": " + why(r)));
            }
        }
        return out;
    }

    private static JsonNode answers(RunResult r) {
        try {
            JsonNode n = Json.MAPPER.readTree(r.markedLine(MARK).orElse(""));
            return n != null && n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String why(RunResult r) {
        if (r.startError() != null) return r.shortFailure() + "; set \"python\" in config/toolchains.json";
        if (r.timedOut()) return "timed out after " + r.duration().toSeconds() + " s";
        return r.shortFailure();
    }
}
