package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.json.Json;
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

    @Test
    void anOverlongLineIsAnsweredWithAnErrorInItsPlace_notHeldInMemory() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autoheal.json"), "{\"limits\": {\"max_error_bytes\": 1000}}"); // lines up to 71 536 bytes
        String ok = Json.MAPPER.writeValueAsString(Json.object().put("text", "bash: line 1: ./x.sh: Permission denied\n"));
        String huge = Json.MAPPER.writeValueAsString(Json.object().put("text", "x".repeat(200_000)));
        Path file = home.resolve("batch.jsonl");
        Files.write(file, List.of(ok, huge, ok));

        Cli.Output r = Cli.run(home, "diagnose", "--batch", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(Json.MAPPER.readTree(lines[0]).path("diagnosis").path("cause").asText()).isEqualTo("permission");
        assertThat(Json.MAPPER.readTree(lines[1]).path("error").asText()).startsWith("line longer than 71536 bytes");
        assertThat(Json.MAPPER.readTree(lines[1]).path("line").asInt()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(lines[2]).path("diagnosis").path("cause").asText()).isEqualTo("permission");
    }
}
