package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.Engine;
import org.autoheal.explain.DecisionJson;
import org.autoheal.json.Json;
import org.autoheal.parse.Corpus;
import org.autoheal.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose --batch} decides on its own threads under one deadline watchdog, in chunks, and
 * streams its JSON; none of that may change a result. Over the whole corpus (seed and captured,
 * with their exit codes, plus custom-pattern hits, twice in a shuffled order so pooled sessions go
 * from one cause to another), every batch line is byte for byte the JSON of the same error decided
 * alone through the single-decision path ({@code Engine.decide} on a deadline worker, the node
 * tree of {@link DecisionJson#of}), traced and without the trace.
 */
class BatchEquivalenceTest {
    @TempDir Path home;

    record Line(String text, int exitCode) {
    }

    @Test
    void everyBatchResultEqualsTheSameErrorDecidedAlone_overTheWholeCorpus() throws Exception {
        Files.createDirectories(home.resolve("config"));
        // the deadline is not under test here: a loaded machine must not turn a slow first decision into a warning
        Files.writeString(home.resolve("config/autoheal.json"), "{\"limits\": {\"decision_timeout\": \"120s\"}}");
        Files.writeString(home.resolve("config/autoheal_patterns.json"), """
                {"CacheCorrupt": {"pattern": "cache (?<path>\\\\S+) is corrupt", "solution": "create_missing"},
                 "AnyRefused": {"pattern": "(?i)connection (?<what>refused)", "solution": "restart_service"}}
                """);
        List<Line> lines = new ArrayList<>();
        for (String corpus : List.of("seed", "captured")) {
            Corpus.cases(corpus).forEach(c -> lines.add(new Line(c.text(), c.exitCode())));
        }
        int corpusSize = lines.size();
        lines.add(new Line("worker 3: cache /tmp/c1 is corrupt\n", 1));
        lines.add(new Line("plain text that no rule knows\n", 1));
        List<Line> twice = new ArrayList<>(lines);
        twice.addAll(lines);
        Collections.shuffle(twice, new Random(19));
        assertThat(corpusSize).isGreaterThan(400);

        List<String> in = new ArrayList<>();
        for (Line l : twice) in.add(Json.MAPPER.writeValueAsString(Json.object().put("text", l.text()).put("exit_code", l.exitCode())));
        Path file = home.resolve("batch.jsonl");
        Files.write(file, in);

        AutoHeal autoheal = AutoHeal.open(home);
        DecisionContext ctx = Engine.context(autoheal.config(), null, autoheal.learned());
        for (boolean traced : new boolean[] {false, true}) {
            Cli.Output r = traced ? Cli.run(home, "diagnose", "--batch", file.toString())
                    : Cli.run(home, "diagnose", "--batch", file.toString(), "--no-trace");
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> out = r.out().lines().toList();
            assertThat(out).hasSize(twice.size());
            int diagnosed = 0;
            for (int i = 0; i < twice.size(); i++) {
                Line l = twice.get(i);
                Decision alone = autoheal.engine().decide(autoheal.parse(l.text(), null, l.exitCode()), ctx, traced);
                if (alone.diagnosed()) diagnosed++;
                assertThat(out.get(i)).as("line %d, traced %s: %s", i + 1, traced, l.text())
                        .isEqualTo(Json.MAPPER.writeValueAsString(DecisionJson.of(alone)));
            }
            assertThat(diagnosed).as("a corpus that is mostly diagnosed").isGreaterThan(twice.size() / 2);
        }
    }
}
