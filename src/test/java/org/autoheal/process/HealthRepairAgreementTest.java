package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code health} and {@code repair} share what they know: a real Python script whose traceback
 * ({@code json.load(f)}) never names the file, and a real broken JSON file of the toolchain.
 * What health reports as repairable, repair repairs; two files that fit equally are not guessed.
 */
@Tag(Tags.PROCESS)
class HealthRepairAgreementTest {
    @TempDir Path dir;

    private static final String LOADER = """
            import json
            with open("config/app.json") as f:
                settings = json.load(f)
            print("loaded", sorted(settings))
            """;
    /** A missing comma: Python stops at line 2, column 3 (char 10), Jackson at the same place. */
    private static final String BROKEN = "{\"a\": 1\n  \"b\": [1, 2]\n}\n";

    private TestHome home(String files) throws Exception {
        TestHome home = new TestHome(dir);
        home.write("tools/load.py", LOADER);
        home.write("config/app.example.json", "{\"a\": 0, \"b\": []}\n");
        home.write("config/app.json", BROKEN);
        home.toolchains("{\"toolchains\": {\"loader\": {\"command\": [\"python3\", \"tools/load.py\"], \"files\": {" + files + "}}}}");
        return home;
    }

    @Test
    void whenHealthSaysRepairCanRepairIt_thenRepairRepairsThatFile() throws Exception {
        TestHome home = home("\"config/app.json\": {\"template\": \"config/app.example.json\"}");

        Cli.Output health = home.autoheal("health", "--json");
        JsonNode failed = health.json().get("failed");
        assertThat(failed).as(health.all()).hasSize(1);
        assertThat(failed.get(0).get("subject").asText()).isEqualTo("config/app.json");
        assertThat(failed.get(0).get("detail").asText()).startsWith("line 2, column 3: ").contains("`autoheal repair` can repair it (line 1, column 8: inserted missing comma)");

        Cli.Output repair = home.autoheal("repair", "--yes", "--json");

        assertThat(repair.exit()).as(repair.all()).isZero();
        JsonNode incident = repair.incident(0);
        assertThat(incident.get("error").get("file").asText()).endsWith("tools/load.py"); // the traceback names the script only
        assertThat(incident.get("diagnosis").get("cause").asText()).isEqualTo("json_format");
        assertThat(incident.get("diagnosis").get("details").get("json_file").asText()).isEqualTo("config/app.json");
        assertThat(incident.get("diagnosis").get("inferred").get("json_file").asText())
                .isEqualTo("health: config/app.json fails to parse at line 2, column 3, char 10");
        JsonNode attempt = repair.firstAttempt();
        assertThat(attempt.get("strategy").asText()).isEqualTo("repair_json");
        assertThat(attempt.get("params").get("path").asText()).isEqualTo("config/app.json");
        assertThat(attempt.get("outcome").asText()).isEqualTo("healed");
        assertThat(Json.MAPPER.readValue(home.read("config/app.json"), Map.class)).isEqualTo(Map.of("a", 1, "b", java.util.List.of(1, 2)));

        Cli.Output after = home.autoheal("health", "--json");
        assertThat(after.json().get("failed")).as(after.all()).isEmpty();
        Cli.Output why = home.autoheal("why", "last");
        assertThat(why.out()).contains("json_file inferred from health: config/app.json fails to parse at line 2, column 3, char 10");
    }

    @Test
    void whenTwoBrokenFilesFitEqually_thenRepairChangesNothingAndDiagnoseSaysWhatRepairJsonWaitsFor() throws Exception {
        TestHome home = home("\"config/app.json\": {\"template\": \"config/app.example.json\"},"
                + " \"config/twin.json\": {\"template\": \"config/app.example.json\"}");
        home.write("config/twin.json", BROKEN);
        Map<String, String> before = home.snapshot();

        Cli.Output repair = home.autoheal("repair", "--yes", "--json");

        assertThat(repair.exit()).as(repair.all()).isEqualTo(1);
        JsonNode diagnosis = repair.incident(0).get("diagnosis");
        assertThat(diagnosis.get("cause").asText()).isEqualTo("json_format");
        assertThat(diagnosis.get("details").get("ambiguous").asText()).isEqualTo("json_file");
        assertThat(diagnosis.get("details").get("candidates").asText()).isEqualTo("config/app.json,config/twin.json");
        assertThat(repair.incident(0).get("attempts")).isEmpty();
        assertThat(home.snapshot()).isEqualTo(before);

        String traceback = """
                Traceback (most recent call last):
                  File "tools/load.py", line 3, in <module>
                    settings = json.load(f)
                json.decoder.JSONDecodeError: Expecting ',' delimiter: line 2 column 3 (char 10)
                """;
        Cli.Output diagnose = home.autoheal("diagnose", "--tool", "loader", traceback);
        assertThat(diagnose.out()).as(diagnose.all()).contains("waiting:   repair_json: needs json_file; 2 candidates fit equally,"
                + " AutoHeal does not guess: config/app.json, config/twin.json");
        Cli.Output json = home.autoheal("diagnose", "--tool", "loader", "--json", traceback);
        JsonNode missing = json.json().get("diagnosis").get("missing").get(0);
        assertThat(missing.get("strategy").asText()).isEqualTo("repair_json");
        assertThat(missing.get("detail").asText()).isEqualTo("json_file");
        assertThat(missing.get("candidates")).hasSize(2);
    }
}
