package org.autoheal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.autoheal.config.ConfigException;
import org.autoheal.heal.Incident;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API for embedding: report text or a Throwable, heal when asked, ask why; many threads at once. */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class AutoHealApiTest {
    static final String MISSING = "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\n"
            + "ModuleNotFoundError: No module named 'yaml'\n";

    @TempDir Path home;

    @BeforeEach
    void home() throws Exception {
        Files.createDirectories(home.resolve("tools"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("tools/read.py"), "import json\njson.load(open('config/app.json'))\nprint('ok')\n");
        Files.writeString(home.resolve("config/app.json"), "{\"a\": 1,}\n");
        Files.writeString(home.resolve("config/toolchains.json"),
                "{\"toolchains\": {\"reader\": {\"command\": [\"python3\", \"tools/read.py\"], \"roots\": [\"config\"]}}}");
    }

    @Test
    void reportedText_isDecidedAndJournaledOnce_andWhyAnswers() {
        AutoHeal ah = AutoHeal.open(home);
        Incident i = ah.report(null, MISSING, 1, false);
        assertThat(i.outcome()).isEqualTo(Incident.DIAGNOSED);
        assertThat(i.decision().primary().getCause()).isEqualTo("missing_module");
        assertThat(i.decision().proposals().get(0).getStrategy()).isEqualTo("install_module");
        assertThat(ah.incident(i.id())).get().satisfies(n -> assertThat(n.get("outcome").asText()).isEqualTo("diagnosed"));
        assertThat(ah.journal().readAll().stream().filter(n -> n.path("id").asText().equals(i.id()))).hasSize(1);
        var why = ah.why(i.id()).orElseThrow();
        assertThat(org.autoheal.explain.WhyText.of(why)).contains("missing_module").contains("reported for diagnosis only");
        assertThat(ah.why("nope")).isEmpty();
    }

    @Test
    void aThrowableIsReportedByItsStackTrace() {
        AutoHeal ah = AutoHeal.open(home);
        Incident i = ah.report(null, new java.net.ConnectException("Connection refused"), false);
        assertThat(i.decision().error().getLanguage()).isEqualTo("java");
        assertThat(i.decision().primary().getCause()).isEqualTo("connection");
    }

    @Test
    void healAllowed_healsThroughTheWholePipeline_andReleasesTheLock() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        String error = "Traceback (most recent call last):\n  File \"tools/read.py\", line 2, in <module>\n"
                + "    json.load(open('config/app.json'))\n"
                + "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)\n";
        Incident i = ah.report("reader", error, 1, true);
        assertThat(i.outcome()).as(i.attempts().toString()).isEqualTo(Incident.HEALED);
        assertThat(Files.readString(home.resolve("config/app.json"))).doesNotContain(",}");
        assertThat(org.autoheal.state.HomeLock.heldBy(ah.config().home())).isEmpty();
        assertThatThrownBy(() -> ah.report("nope", error, 1, true)).isInstanceOf(ConfigException.class).hasMessageContaining("nope");
    }

    @Test
    void manyThreadsReportWhileRulesReload_eachIncidentOnOneRuleBase_noneLost() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        Path rules = home.resolve("rules");
        Files.createDirectories(rules);
        try (var in = Files.list(Path.of("rules"))) {
            for (Path f : in.toList()) Files.copy(f, rules.resolve(f.getFileName()));
        }
        Set<String> versions = ConcurrentHashMap.newKeySet();
        versions.add(ah.reload().version());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        List<Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int n = 0; n < 40; n++) ids.merge(ah.report(null, MISSING, 1, false).id(), 1, Integer::sum);
                return null;
            }));
        }
        for (int k = 0; k < 3; k++) { // salience edits while the threads report
            Path f = rules.resolve("missing_module.drl");
            Files.writeString(f, Files.readString(f).replace("salience( " + (60 + k) + " +", "salience( " + (61 + k) + " +"));
            var e = ah.reload();
            assertThat(e.ok()).as(e.summary()).isTrue();
            versions.add(e.version());
        }
        for (Future<?> f : done) f.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(ids).hasSize(320).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        Map<String, Integer> journaled = new HashMap<>();
        for (JsonNode n : ah.journal().readAll()) {
            if (!n.path("type").asText().equals("incident")) continue;
            journaled.merge(n.get("id").asText(), 1, Integer::sum);
            assertThat(versions).contains(n.get("rules_version").asText());
            assertThat(n.get("proposals")).as(n.toString()).isNotEmpty();
            int salience = n.get("proposals").get(0).get("salience").asInt();
            assertThat(salience).isBetween(60, 63);
        }
        assertThat(journaled).isEqualTo(ids);
    }

    @Test
    void theReadmeExampleRuns() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Path.of("examples/java/EmbedExample.java").toAbsolutePath().toString(), home.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("diagnosis: missing_module").contains("proposal: install_module").contains("java exception:")
                .contains("rules matched");
    }
}
