package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module names from error text are hostile: tracebacks naming options, paths, URLs, shell syntax
 * or oversized names go through the whole pipeline (run, parse, rules, install_module) and must
 * never reach pip. The toolchain's python is a wrapper that logs every argv it is given.
 */
@Tag(Tags.PROCESS)
class HostileModuleNamesTest {
    @TempDir Path dir;

    static final String FAIL = """
            import sys
            name = open(sys.argv[1], encoding='utf-8').read()
            sys.stderr.write('Traceback (most recent call last):\\n  File "tools/fail.py", line 3, in <module>\\n'
                             '    import thing\\nModuleNotFoundError: No module named %r\\n' % name)
            sys.exit(1)
            """;

    static final String WRAPPER = """
            #!/bin/sh
            printf '%s\\n' "$*" >> "$(dirname "$0")/../python-argv.log"
            exec python3 "$@"
            """;

    /** Not module names: kept as the module_text detail, diagnosed, and refused by install_module with the reason. */
    static final List<String> UNPARSEABLE = List.of("--index-url=http://evil", "-r /etc/passwd", "-r/etc/passwd",
            "--requirement=/etc/passwd", "../../etc", "a;touch /tmp/autoheal-pwned", "$(id)", "`id`",
            "http://x/y.whl", "foo bar", "x".repeat(300));

    /** Parsed as module names but not installable: install_module refuses them with the reason. */
    static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        REFUSED.put("a" + ".b".repeat(60), "characters long (at most 100)");
        REFUSED.put("y\u0430ml", "not a dotted Python identifier");
        REFUSED.put("urllib2", "Python 2");
    }

    @Test
    void hostileNamesAreNeverPassedToPip_andChangeNothing() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("tools/fail.py", FAIL);
        home.script("tools/py", WRAPPER);
        List<String> names = new ArrayList<>(UNPARSEABLE);
        names.addAll(REFUSED.keySet());
        StringBuilder toolchains = new StringBuilder("{\"toolchains\": {");
        for (int i = 0; i < names.size(); i++) {
            home.write("names/" + i + ".txt", names.get(i));
            toolchains.append(i == 0 ? "" : ",").append("\"h").append(i).append("\": {\"command\": [\"python3\", \"tools/fail.py\", \"names/")
                    .append(i).append(".txt\"], \"python\": \"tools/py\"}");
        }
        home.toolchains(toolchains.append("}}").toString());
        Map<String, String> before = home.snapshot();

        Cli.Output r = home.autoheal("repair", "--yes", "--json");

        assertThat(r.exit()).as(r.all()).isEqualTo(1);
        JsonNode incidents = r.json().get("incidents");
        assertThat(incidents).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            JsonNode inc = incidents.get(i);
            String name = names.get(i);
            assertThat(inc.get("tool").asText()).isEqualTo("h" + i);
            for (JsonNode a : inc.get("attempts")) {
                assertThat(a.get("outcome").asText()).as("%s: %s", name, a).isEqualTo("refused");
            }
            if (REFUSED.containsKey(name)) {
                assertThat(inc.get("outcome").asText()).as(name).isEqualTo("refused");
                JsonNode attempt = inc.get("attempts").get(0);
                assertThat(attempt.get("strategy").asText()).isEqualTo("install_module");
                assertThat(attempt.get("detail").asText()).as(name).contains(REFUSED.get(name));
            } else {
                assertThat(inc.get("outcome").asText()).as("%s: %s", name, inc).isEqualTo("refused");
                JsonNode attempt = inc.get("attempts").get(0);
                assertThat(attempt.get("strategy").asText()).isEqualTo("install_module");
                assertThat(attempt.get("detail").asText()).as(name).containsAnyOf("not a dotted Python identifier", "characters long");
            }
        }
        Path argvLog = dir.resolve("python-argv.log");
        if (Files.exists(argvLog)) assertThat(Files.readString(argvLog)).doesNotContain("pip");
        assertThat(Path.of("/tmp/autoheal-pwned")).doesNotExist();
        assertThat(home.snapshot()).as("only logs/, backups/ and state/ may change").isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
        // the journal keeps the hostile text only as data
        assertThat(Files.readString(dir.resolve("logs/autoheal/journal.jsonl")).lines()
                .map(l -> { try { return Json.MAPPER.readTree(l); } catch (Exception e) { throw new AssertionError(l, e); } }))
                .isNotEmpty();
    }
}
