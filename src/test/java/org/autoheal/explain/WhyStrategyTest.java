package org.autoheal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.json.Json;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Tags;
import org.autoheal.testing.TestHome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two strategies compete for one diagnosis: the first-ranked one fails and is rolled back, the
 * second heals. `why` must say why each ranked where it did, with both saliences, and show the
 * evidence the learned part came from as it was when the incident was decided.
 */
@Tag(Tags.PROCESS)
class WhyStrategyTest {
    @TempDir Path dir;

    @Test
    void firstProposalFailed_secondHealed_andWhyStrategyAnswersForChosenLowerAndNeverProposed() throws Exception {
        TestHome home = new TestHome(dir).competingCase();
        String id = home.repairOne().get("id").asText();
        int junk = TestHome.lineOf(TestHome.COMPETING_RULES, "Junk first");
        int good = TestHome.lineOf(TestHome.COMPETING_RULES, "Good second");
        int other = TestHome.lineOf(TestHome.COMPETING_RULES, "Other data");

        JsonNode j = home.autoheal("why", id, "--json").json();
        assertThat(j.get("proposals")).extracting(p -> p.get("strategy").asText() + "@" + p.get("salience").asInt() + "#" + p.get("attempt").asInt())
                .containsExactly("write_junk@70#1", "write_good@60#2");
        assertThat(j.get("proposals").get(1).get("why").asText())
                .isEqualTo("lower effective salience: 60 < 70 of write_junk (rule \"Junk first\"); tried as attempt 2: healed");
        assertThat(j.get("proposals").get(0).get("at").asText()).isEqualTo("rules/data.drl:" + junk);
        JsonNode a1 = j.get("attempts").get(0);
        assertThat(a1.get("outcome").asText()).isEqualTo("failed");
        assertThat(a1.get("verification").asText()).isEqualTo("failed: the same error again (BROKEN data); rolled back");
        assertThat(a1.get("backups")).hasSize(1);
        assertThat(j.get("attempts").get(1).get("outcome").asText()).isEqualTo("healed");
        assertThat(j.get("not_matched")).singleElement().satisfies(n -> {
            assertThat(n.get("rule").asText()).isEqualTo("Other data");
            assertThat(n.get("at").asText()).isEqualTo("rules/data.drl:" + other);
            assertThat(n.get("description").asText()).isEqualTo("only for the other cause");
            assertThat(n.get("when").asText()).isEqualTo("$d : Diagnosis( cause == \"other_data\" )");
        });
        assertThat(home.autoheal("why", id).out()).contains("why: lower effective salience: 60 < 70 of write_junk")
                .contains("verification: failed: the same error again (BROKEN data); rolled back");

        JsonNode chosen = home.autoheal("why", "--strategy", "write_junk", id, "--json").json();
        assertThat(chosen.get("verdict").asText()).isEqualTo("chosen");
        assertThat(chosen.get("outcome").asText()).isEqualTo("failed");
        assertThat(chosen.get("lines").get(1).asText()).isEqualTo("it was chosen: ranked first of 2, ahead of write_good at 60");

        Cli.Output lower = home.autoheal("why", "--strategy", "write_good", id);
        assertThat(lower.exit()).isZero();
        assertThat(lower.out()).startsWith("why write_good for incident " + id + ": proposed\n")
                .contains("proposed by rule \"Good second\" (rules/data.drl:" + good + ") at effective salience 60 = 60 base + 0 learned")
                .contains("write_junk by rule \"Junk first\" (rules/data.drl:" + junk + ") ranked first at 70")
                .contains("write_good ranked 2 with 60 < 70")
                .contains("tried as attempt 2: healed");

        JsonNode never = home.autoheal("why", "--strategy", "write_other", id, "--json").json();
        assertThat(never.get("verdict").asText()).isEqualTo("not_proposed");
        assertThat(never.get("chosen").asText()).isEqualTo("write_junk");
        assertThat(never.get("proposers")).singleElement().satisfies(p -> {
            assertThat(p.get("rule").asText()).isEqualTo("Other data");
            assertThat(p.get("at").asText()).isEqualTo("rules/data.drl:" + other);
            assertThat(p.get("status").asText()).isEqualTo("conditions did not match");
            assertThat(p.get("when").asText()).contains("cause == \"other_data\"");
        });

        Cli.Output unknown = home.autoheal("why", "--strategy", "no_such_fix", id);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no strategy named 'no_such_fix' is registered").contains("write_good");
    }

    @Test
    void afterPriorOutcomes_whyShowsTheEvidenceAsItWasAtDecisionTime() throws Exception {
        TestHome home = new TestHome(dir).competingCase();
        home.repairOne();                       // junk fails (evidence -), good heals (evidence +)
        home.breakData();
        String second = home.repairOne().get("id").asText();


        JsonNode j = home.autoheal("why", second, "--json").json();
        JsonNode good = j.get("proposals").get(0);
        assertThat(good.get("strategy").asText()).as("the healer outranks the failer once learned").isEqualTo("write_good");
        assertThat(good.get("salience").asInt()).isEqualTo(66);
        assertThat(good.get("base").asInt()).isEqualTo(60);
        assertThat(good.get("learned").asInt()).isEqualTo(6); // 50 · (2·2/3 − 1) · 1/(1+2), rounded
        assertThat(good.get("evidence").get("successes").asInt()).isEqualTo(1);
        assertThat(good.get("evidence").get("failures").asInt()).isZero();
        assertThat(good.get("evidence").get("last_outcome").asText()).isEqualTo("healed");
        assertThat(good.get("evidence").get("last_at").asText()).isEqualTo(readAttemptAt(home, 1));
        JsonNode junk = j.get("proposals").get(1);
        assertThat(junk.get("salience").asInt()).isEqualTo(64);
        assertThat(junk.get("learned").asInt()).isEqualTo(-6);
        assertThat(junk.get("evidence").get("failures").asInt()).isEqualTo(1);
        assertThat(junk.get("why").asText()).isEqualTo("lower effective salience: 64 < 66 of write_good (rule \"Good second\"); not tried: write_good healed first");
        assertThat(home.autoheal("why", second).out())
                .contains("salience 66 = 60 base + 6 learned")
                .contains("salience 64 = 70 base - 6 learned")
                .contains("learned: 1 healed, 0 failed (weighted 1.00/0.00), p=0.67, adjustment +6, last healed");

        // a third heal adds evidence (3 healed in all); the second incident still shows what its decision saw (1)
        home.breakData();
        home.repairOne();
        JsonNode again = home.autoheal("why", second, "--json").json().get("proposals").get(0);
        assertThat(again.get("evidence").get("successes").asInt()).isEqualTo(1);
        JsonNode rules = home.autoheal("rules", "list", "--json").json().get("rules");
        assertThat(rules).filteredOn(r -> r.get("name").asText().equals("Good second"))
                .singleElement().satisfies(r -> assertThat(r.get("learned").get(0).get("successes").asInt()).isEqualTo(3));
    }

    /** The time of the n-th attempt record in the journal (0-based): the outcome's time, which the evidence's last_at must equal. */
    private static String readAttemptAt(TestHome home, int n) throws Exception {
        return Files.readAllLines(home.root().resolve("logs/autoheal/journal.jsonl")).stream()
                .map(l -> {
                    try {
                        return Json.MAPPER.readTree(l);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(r -> r.get("type").asText().equals("attempt")).skip(n).findFirst().orElseThrow().get("at").asText();
    }
}
