package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.explain.Json;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose --batch}: one JSON result per non-blank input line, in input order (the lines are
 * decided on several threads), a bad line answered in its place with its line number.
 */
class DiagnoseBatchTest {
    @TempDir Path home;

    @Test
    void resultsComeBackInInputOrder_andBadLinesGetAnErrorInTheirPlace() throws Exception {
        List<String> in = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = i % 2 == 0 ? "bash: line 1: ./tools/run" + i + ".sh: Permission denied\n"
                    : "Traceback (most recent call last):\n  File \"t" + i + ".py\", line 1, in <module>\n    import m" + i
                    + "\nModuleNotFoundError: No module named 'm" + i + "'\n";
            in.add(Json.MAPPER.writeValueAsString(Json.object().put("text", text)));
            if (i == 100) in.add("");                      // blank: skipped, no result
            if (i == 200) in.add("{not json");             // malformed
            if (i == 300) in.add("{\"tool\": \"nope\"}");  // no text
        }
        Path file = home.resolve("batch.jsonl");
        Files.write(file, in);

        Cli.Output r = Cli.run(home, "diagnose", "--batch", file.toString(), "--no-trace");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) out.add(Json.MAPPER.readTree(line));
        assertThat(out).hasSize(402);
        int i = 0;
        for (JsonNode o : out) {
            if (o.has("line")) continue; // the two bad lines, checked below
            if (i % 2 == 0) {
                assertThat(o.path("diagnosis").path("cause").asText()).isEqualTo("permission");
                assertThat(o.path("error").toString()).contains("run" + i + ".sh");
            } else {
                assertThat(o.path("diagnosis").path("cause").asText()).isEqualTo("missing_module");
                assertThat(o.path("diagnosis").path("details").path("module").asText()).isEqualTo("m" + i);
            }
            i++;
        }
        assertThat(i).isEqualTo(400);
        // input line numbers count the blank line (102); results do not
        assertThat(out.get(201).get("line").asInt()).isEqualTo(203);
        assertThat(out.get(201).get("error").asText()).startsWith("malformed JSON");
        assertThat(out.get(302).get("line").asInt()).isEqualTo(304);
        assertThat(out.get(302).get("error").asText()).contains("\"text\"");
    }
}
