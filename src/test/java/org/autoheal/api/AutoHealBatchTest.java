package org.autoheal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedder diagnoses many errors at once through {@link AutoHeal#diagnoseBatch}, as `diagnose --batch` does. */
class AutoHealBatchTest {
    @TempDir Path home;

    @Test
    void whenLinesAreGoodAndBad_thenOneResultPerLine_inInputOrder_andNothingIsJournaled() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./run.sh\"]}}}");
        String in = "{\"text\": \"ModuleNotFoundError: No module named 'yaml'\"}\n"
                + "not json\n"
                + "\n"
                + "{\"text\": \"bash: ./run.sh: Permission denied\", \"tool\": \"build\", \"exit_code\": 126}\n"
                + "{\"text\": \"x\", \"tool\": \"nosuch\"}\n";
        StringWriter out = new StringWriter();
        AutoHeal.open(home).diagnoseBatch(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out, false, false);
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.toString().split("\n")) results.add(Json.MAPPER.readTree(line));
        assertThat(results).hasSize(4);
        assertThat(results.get(0).path("diagnosis").path("cause").asText()).isEqualTo("missing_module");
        assertThat(results.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(results.get(1).path("error").asText()).startsWith("malformed JSON");
        assertThat(results.get(2).path("diagnosis").path("cause").asText()).isEqualTo("permission");
        assertThat(results.get(3).path("line").asInt()).isEqualTo(5);
        assertThat(results.get(3).path("error").asText()).contains("nosuch");
        assertThat(home.resolve("logs/autoheal/journal.jsonl")).doesNotExist();
    }
}
