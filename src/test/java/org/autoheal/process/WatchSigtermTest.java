package org.autoheal.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.autoheal.journal.Journal;
import org.autoheal.recover.Unfinished;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while `watch` is in the middle of a heal: the heal finishes (verified or rolled back), exit 0, nothing half-done. */
@Tag(Tags.PROCESS)
@Tag(Tags.JVM)
class WatchSigtermTest {
    @TempDir Path dir;
    Process watch;

    @AfterEach
    void cleanUp() throws Exception {
        if (watch != null && watch.isAlive()) watch.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void sigtermMidHeal_finishesTheHeal_exitsZero_andLeavesNoUnfinishedIncident() throws Exception {
        TestHome home = new TestHome(dir);
        home.write("data/x.txt", "broken\n");
        home.write("tools/check.py", """
                import sys
                if open("data/x.txt").read().strip() != "good":
                    print("SLOW_BROKEN data/x.txt", file=sys.stderr)
                    sys.exit(1)
                """);
        home.write("tools/slowfix.py", """
                import sys, time, pathlib
                pathlib.Path(sys.argv[1] + ".started").parent.mkdir(exist_ok=True)
                open("marker/started", "w").write("1")
                time.sleep(3)
                open(sys.argv[1], "w").write("good\\n")
                """);
        home.write("marker/.keep", "");
        home.write("config/autoheal_patterns.json", """
                {"SlowBroken": {"pattern": "SLOW_BROKEN (?<path>\\\\S+)", "solution": "slow_fix", "description": "slow to fix"}}
                """);
        home.settings("""
                {"strategies": {"slow_fix": {"command": ["python3", "tools/slowfix.py", "{path}"], "touches": ["{path}"],
                                             "description": "a fix that takes 3 s"}}}
                """);
        home.toolchains("{\"toolchains\": {\"slow\": {\"command\": [\"python3\", \"tools/check.py\"], \"roots\": [\"data\", \"marker\"], \"watch\": true}}}");
        Path out = dir.resolve("watch.out");
        watch = Cli.startJvm(out, "--home", home.root().toString(), "watch", "--interval", "1s", "--yes");

        assertThat(Wait.until(() -> Files.exists(dir.resolve("marker/started")), Duration.ofSeconds(90)))
                .as(read(out)).isTrue();
        watch.destroy(); // SIGTERM while slow_fix is running
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.exitValue()).as(read(out)).isZero();
        assertThat(read(out)).contains("stop requested").contains(" stopped");

        String x = Files.readString(dir.resolve("data/x.txt"));
        assertThat(x).isIn("good\n", "broken\n"); // healed and verified, or rolled back to the original
        Journal journal = new Journal(dir.resolve("logs/autoheal/journal.jsonl"), 1 << 20);
        List<JsonNode> records = journal.readAll();
        assertThat(Unfinished.in(records)).as("no incident left half-done").isEmpty();
        JsonNode last = records.stream().filter(n -> n.path("type").asText().equals("incident")).reduce((a, b) -> b).orElseThrow();
        assertThat(last.get("outcome").asText()).isEqualTo(x.equals("good\n") ? "healed" : "failed");
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (Exception e) {
            return "";
        }
    }
}
