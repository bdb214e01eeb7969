package org.autoheal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `autoheal why` on incidents that `repair` really produced in temp homes. */
@Tag(Tags.PROCESS)
class WhyCommandTest {
    @TempDir Path dir;

    @Test
    void healedIncident_showsTheRuleItsFileLine_baseLearnedEffective_andTheOutcome() throws Exception {
        TestHome home = new TestHome(dir).permissionCase();
        String id = home.repairOne().get("id").asText();
        int line = TestHome.lineOf(Files.readString(Path.of("rules/permission.drl")), "Make script executable");

        Cli.Output why = home.autoheal("why", "last");
        assertThat(why.exit()).as(why.err()).isZero();
        assertThat(why.out()).startsWith("incident " + id + " (tool build")
                .contains("diagnosis: permission  by \"Permission denied running a program\" (rules/permission.drl:")
                .contains("fired     \"Make script executable\"  rules/permission.drl:" + line + "  salience 60")
                .contains("1. fix_permissions {path=./tools/run.sh}  salience 60 = 60 base + 0 learned  rule \"Make script executable\" (rules/permission.drl:" + line + ")")
                .contains("learned: no history, adjustment 0")
                .contains("why: highest effective salience (60); tried first: healed")
                .contains("approval: approved")
                .contains("actions: chmod 0640 -> 0750")
                .contains("backups: backups/autoheal/" + id + "/manifest.json")
                .contains("verification: passed")
                .endsWith("└─ outcome: healed\n");
        assertThat(home.autoheal("why", id).out()).isEqualTo(why.out());
        assertThat(home.autoheal("why").out()).as("no argument means last").isEqualTo(why.out());
    }

    @Test
    void whyLastJson_parses_andHoldsTheWholeDecision() throws Exception {
        TestHome home = new TestHome(dir).permissionCase();
        String id = home.repairOne().get("id").asText();
        Cli.Output why = home.autoheal("why", "last", "--json");
        assertThat(why.exit()).as(why.err()).isZero();
        JsonNode j = why.json();
        assertThat(j.get("incident").asText()).isEqualTo(id);
        assertThat(j.get("status").asText()).isEqualTo("finished");
        assertThat(j.get("error").get("errno").asInt()).isEqualTo(13);
        assertThat(j.get("error").get("path").asText()).isEqualTo("./tools/run.sh");
        assertThat(j.get("diagnoses").get(0).get("cause").asText()).isEqualTo("permission");
        assertThat(j.get("rules")).extracting(r -> r.get("rule").asText() + "/" + r.get("fired").asInt())
                .containsExactly("Permission denied running a program/1", "Make script executable/1", "Root cause/1");
        JsonNode p = j.get("proposals").get(0);
        assertThat(p.get("salience").asInt()).isEqualTo(60);
        assertThat(p.get("base").asInt()).isEqualTo(60);
        assertThat(p.get("learned").asInt()).isZero();
        assertThat(p.get("evidence").get("successes").asInt()).isZero();
        assertThat(p.get("attempt").asInt()).isEqualTo(1);
        JsonNode a = j.get("attempts").get(0);
        assertThat(a.get("outcome").asText()).isEqualTo("healed");
        assertThat(a.get("cause").asText()).isEqualTo("permission");
        assertThat(a.get("approval").asText()).isEqualTo("approved");
        assertThat(a.get("plan").asText()).contains("chmod 0640 -> 0750");
        assertThat(a.get("backups").get(0).asText()).isEqualTo("backups/autoheal/" + id + "/manifest.json");
        assertThat(a.get("verification").asText()).startsWith("passed");
        assertThat(j.get("not_matched")).isNotEmpty().allSatisfy(n -> assertThat(n.get("rule").asText()).isNotEqualTo("Make script executable"));
        assertThat(j.get("not_matched")).anySatisfy(n -> {
            assertThat(n.get("rule").asText()).isEqualTo("Install missing module");
            assertThat(n.get("at").asText()).startsWith("rules/missing_module.drl:");
            assertThat(n.get("when").asText()).contains("cause == \"missing_module\"");
        });
        assertThat(j.get("learning").get("max_adjustment").asInt()).isEqualTo(50);
        assertThat(j.get("learning").get("half_life").asText()).isEqualTo("PT720H");
        assertThat(j.get("outcome").asText()).isEqualTo("healed");
    }

    @Test
    void unknownIncident_isExit2WithAClearMessage_andAnEmptyJournalToo() throws Exception {
        TestHome home = new TestHome(dir).permissionCase();
        Cli.Output none = home.autoheal("why", "last");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no incident is recorded in logs/autoheal/journal.jsonl yet");
        home.repairOne();
        Cli.Output unknown = home.autoheal("why", "20990101T000000Z-nope-1");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no incident '20990101T000000Z-nope-1' in logs/autoheal/journal.jsonl")
                .contains("autoheal history");
        assertThat(unknown.out()).isEmpty();

        // AutoHeal stopped mid-heal: the incident was opened and attempted, its final record never written
        Path journal = home.root().resolve("logs/autoheal/journal.jsonl");
        Files.write(journal, Files.readAllLines(journal).stream().filter(l -> !l.contains("\"type\":\"incident\"")).toList());
        Cli.Output cut = home.autoheal("why", "last");
        assertThat(cut.exit()).as(cut.err()).isZero();
        assertThat(cut.out()).contains(": interrupted\n").contains("opened but never finished")
                .contains("attempt 1: fix_permissions {path=./tools/run.sh} -> healed").contains("approval: approved")
                // the opening record carries the decision: error, diagnosis and its rule
                .contains("the decision is the one recorded when it opened")
                .contains("Permission denied").contains("permission").contains("rules/permission.drl:");
    }
}
