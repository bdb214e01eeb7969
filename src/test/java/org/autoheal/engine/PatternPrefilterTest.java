package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.autoheal.facts.CustomPattern;
import org.junit.jupiter.api.Test;

class PatternPrefilterTest {
    private static final String[] REGEXES = {
        "cache (?<path>\\S+) failed", "(?i)Connection (?<what>refused)", "E[A-Z]+: no such", "disk full|quota",
        "Ä?rger: (?<x>\\w+) kaputt", "(?i)TIMEOUT after \\d+ ?s", "x", "ab+c\\.d"};
    private static final String[] FRAGMENTS = {
        "cache ", "/tmp/a", " failed", "connection ", "CONNECTION ", "Refused", "ENOENT: no such", "disk full", "quota",
        "Ärger: ", "ärger: ", "Rger: ", "w kaputt", "timeout after 5 s", "TimeOut After 12s", "x", "abbc.d", "ac.d", " ", "é"};

    @Test
    void everyPatternThatMatches_isACandidate_inTheConfiguredOrderWithinItsKind() {
        List<CustomPattern> patterns = new ArrayList<>();
        for (int i = 0; i < REGEXES.length; i++) patterns.add(new CustomPattern("p" + i, Pattern.compile(REGEXES[i]), "create_missing", "", 1_000_000L));
        PatternPrefilter prefilter = new PatternPrefilter(patterns);
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            List<CustomPattern> candidates = prefilter.candidates(text.toString());
            for (CustomPattern p : patterns) {
                if (p.getRegex().matcher(text).find()) assertThat(candidates).as(text + " / " + p.getRegex()).contains(p);
            }
            assertThat(candidates).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPatternWhoseLiteralIsAbsent_isNotTried() {
        List<CustomPattern> patterns = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            patterns.add(new CustomPattern("CustomError" + k, Pattern.compile("CustomError" + k + ": cache (?<path>\\S+) failed"), "create_missing", "", 1_000_000L));
        }
        PatternPrefilter prefilter = new PatternPrefilter(patterns);
        assertThat(prefilter.candidates("w: CustomError17: cache /tmp/x failed")).containsExactly(patterns.get(17));
        assertThat(prefilter.candidates("w: CustomError17: cach")).isEmpty();
    }
}
