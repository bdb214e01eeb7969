package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.autoheal.testing.RandomText;
import org.junit.jupiter.api.Test;

/** The plain checks accept exactly what the regexes they replaced accepted, on seeded random text. */
class NameChecksTest {
    private static List<String> inputs(long seed, int maxParts, String chars, String... words) {
        List<String> all = new ArrayList<>(RandomText.of(seed, 20_000, maxParts, chars, words));
        all.add("");
        return all;
    }

    @Test
    void incidentIdsAndCopyNames() {
        Pattern id = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
        Pattern copy = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}");
        for (String s : inputs(1, 160, "aZ09_.-/ é\n", "20261126T063808Z-ws_client-1", "x".repeat(95))) {
            assertThat(NameChecks.word(s, 1, 100, "_.-")).as(s).isEqualTo(id.matcher(s).matches());
            boolean plainCopy = NameChecks.word(s, 1, 151, "_.-") && !s.startsWith(".");
            assertThat(plainCopy).as(s).isEqualTo(copy.matcher(s).matches());
        }
    }

    @Test
    void modesAndHashes() {
        Pattern mode = Pattern.compile("[0-7]{3,4}");
        Pattern sha = Pattern.compile("[0-9a-f]{64}");
        for (String s : inputs(2, 6, "0789", "644", "0755")) {
            assertThat(NameChecks.octalMode(s)).as(s).isEqualTo(mode.matcher(s).matches());
        }
        for (String s : inputs(3, 70, "09afAFg", "0123456789abcdef".repeat(4))) {
            assertThat(NameChecks.hex(s, 64)).as(s).isEqualTo(sha.matcher(s).matches());
        }
    }

    @Test
    void tempNames() {
        Pattern any = Pattern.compile("\\..{1,60}\\.autoheal-[0-9a-f]{16}\\.tmp");
        Pattern ofA = Pattern.compile("\\." + Pattern.quote("a.json") + "\\.autoheal-[0-9a-f]{16}\\.tmp");
        List<String> names = new ArrayList<>();
        int matching = 0;
        for (String r : inputs(4, 12, ".a\n9f", ".autoheal-", "0123456789abcdef", ".tmp", "a.json", "x".repeat(58))) {
            names.add(r);
            names.add("." + r + ".autoheal-0123456789abcdef.tmp"); // the shape, around random names
        }
        for (String s : names) {
            if (any.matcher(s).matches()) matching++;
            assertThat(NameChecks.tempName(s, null)).as(s).isEqualTo(any.matcher(s).matches());
            assertThat(NameChecks.tempName(s, "a.json")).as(s).isEqualTo(ofA.matcher(s).matches());
        }
        assertThat(matching).as("inputs that are temp names").isGreaterThan(1000);
        assertThat(NameChecks.tempName(".a.json.autoheal-0123456789abcdef.tmp", "a.json")).isTrue();
    }
}
