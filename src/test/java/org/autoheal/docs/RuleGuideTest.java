package org.autoheal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules.md is followed as a new user would, in a temp home: its marked DRL and JSON blocks
 * are saved where the text says, its console blocks are run, and every output must be the one
 * the guide shows. So the worked examples (a diagnosis rule and a strategy rule written from
 * scratch, compiled with the default rules, a custom pattern) cannot silently rot.
 */
@Tag(Tags.PROCESS)
class RuleGuideTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path GUIDE = REPO.resolve("docs/rules.md");
    private static final String GIT_ERROR = "fatal: not a git repository (or any of the parent directories): .git";

    @TempDir Path tmp;

    @Test
    void followingTheGuideGivesWhatItShows() throws Exception {
        GuideBlocks guide = GuideBlocks.parse(Files.readString(GUIDE));
        List<String> outputs = new GuideRun(tmp.resolve("guide-home"), REPO).follow(guide);

        // the guide really holds a diagnosis rule and a strategy rule, and shows them working
        assertThat(guide.examples()).anySatisfy(b -> assertThat(b.body())
                .contains("@kind(diagnosis)", "Diagnosis.of(\"not_a_repo\", $e)"));
        assertThat(guide.examples()).anySatisfy(b -> assertThat(b.body())
                .contains("@kind(strategy)", "learned.adjustment(rule.getName(), $d.getCause())", "Proposal.of(\"git_init\", $d)"));
        assertThat(String.join("", outputs)).contains(
                "diagnosis: not_a_repo  (rule \"Not a git repository\", rules/git/not_a_repo.drl:",
                "1. git_init {}",
                "git_init {}: verified: the toolchain passes",
                "rules/git/broken.drl:8:0: Unable to Analyse Expression mesage",
                "diagnosis: MissingSettings",
                "\"event\": \"fired\"".replace(" ", ""));
    }

    @Test
    void aGuideClaimingAnotherDiagnosisFailsAtItsLine() throws Exception {
        String wrong = Files.readString(GUIDE).replaceFirst("diagnosis: not_a_repo  \\(rule", "diagnosis: not_a_rep0  (rule");
        assertThatThrownBy(() -> new GuideRun(tmp.resolve("h"), REPO).follow(GuideBlocks.parse(wrong)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("docs/rules.md:")
                .hasMessageContaining("guide:  diagnosis: not_a_rep0");
    }

    @Test
    void aGuideRuleThatDoesNotMatchItsErrorFails() throws Exception {
        String wrong = Files.readString(GUIDE).replace("message contains \"not a git repository\" )",
                "message contains \"not a git repo!\" )");
        assertThatThrownBy(() -> new GuideRun(tmp.resolve("h"), REPO).follow(GuideBlocks.parse(wrong)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("example=not_a_repo")
                .hasMessageContaining("diagnosis: none");
    }

    @Test
    void aFileBlockTheTextDoesNotPlaceFails() throws Exception {
        String wrong = Files.readString(GUIDE).replace("Save this as `/tmp/guide-home/rules/git/not_a_repo.drl`", "Save it");
        assertThatThrownBy(() -> new GuideRun(tmp.resolve("h"), REPO).follow(GuideBlocks.parse(wrong)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("must tell the reader to save it as /tmp/guide-home/rules/git/not_a_repo.drl");
    }

    @Test
    void readmeLinksToTheGuideAndUsesItsExample() throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"));
        assertThat(readme).contains("## Writing rules", "(docs/rules.md)", GIT_ERROR);
    }

    @Test
    void wildcardsMatchWithinALineOnly() throws Exception {
        assertThat(OutputMatch.text("ok: … rules (rules …)\n", "ok: 36 rules (rules 0a54)\n")).isNull();
        assertThat(OutputMatch.text("ok: … rules\n", "ok: 36 rule\n")).contains("line 1");
        assertThat(OutputMatch.text("a …\nb\n", "a x\ny\nb\n")).contains("line 2");
        assertThat(OutputMatch.text("a\n", "a\nmore\n")).contains("line 2");
        ObjectMapper m = new ObjectMapper();
        assertThat(OutputMatch.json(m.readTree("{\"v\":\"…\",\"n\":[1]}"), m.readTree("{\"v\":\"abc\",\"n\":[1]}"))).isNull();
        assertThat(OutputMatch.json(m.readTree("{\"v\":\"…\",\"n\":[1]}"), m.readTree("{\"v\":\"abc\",\"n\":[2]}"))).contains("$.n[0]");
        assertThat(OutputMatch.json(m.readTree("{\"n\":1}"), m.readTree("{\"n\":1,\"extra\":2}"))).isNotNull();
    }

    @Test
    void commandsAreSplitLikeAShellOrRefused() {
        assertThat(ShellWords.split("bin/autoheal --home /tmp/guide-home diagnose \"a: 'b' c\""))
                .containsExactly("bin/autoheal", "--home", "/tmp/guide-home", "diagnose", "a: 'b' c");
        assertThatThrownBy(() -> ShellWords.split("cat x | sh")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShellWords.split("echo \"$HOME\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
