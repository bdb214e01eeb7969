package org.autoheal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegexTest {
    @Test
    void answersAsStringMatchesAndPatternCompileDo() {
        List<String> texts = List.of("", "abc", "a.b-c/d", "HTTP 503 Service Unavailable", "x\ny", "12.34");
        List<String> regexes = List.of("[\\w./+-]{1,512}", "[\\d.]+", ".*\\b[45]\\d\\d\\b.*", "(?s)x.y", "abc");
        for (String r : regexes) {
            for (String t : texts) {
                assertThat(Regex.matches(r, t)).as("%s on %s", r, t).isEqualTo(t.matches(r));
                assertThat(Regex.matcher(r, t).find()).isEqualTo(java.util.regex.Pattern.compile(r).matcher(t).find());
            }
        }
        assertThat(Regex.matches("a", null)).isFalse();
    }

    @Test
    void compilesAPatternOnce() {
        assertThat(Regex.pattern("line (\\d{1,9})")).isSameAs(Regex.pattern("line (\\d{1,9})"));
    }
}
