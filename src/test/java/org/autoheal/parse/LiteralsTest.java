package org.autoheal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final String[] WORDS = {"ab", "abc", "b", "ca", "a", "abca", "ab", ":", "://", "é", "x€y"};

    @Test
    void everyBit_isExactlyWhetherTheTextContainsThatLiteral() {
        List<String> ascii = List.of("ab", "abc", "b", "ca", "a", "abca", "ab", ":", "://");
        Literals literals = new Literals(ascii.toArray(String[]::new));
        Random random = new Random(19);
        String alphabet = "abc:/ é€";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            long found = literals.in(text.toString());
            for (int k = 0; k < ascii.size(); k++) {
                assertEquals(text.toString().contains(ascii.get(k)), (found >>> k & 1) == 1, text + " / " + ascii.get(k));
            }
        }
    }

    @Test
    void theCorpusLines_giveWhatContainsGives() {
        String[] needles = {"('", "host='", "Errno ", " port ", "://", "rror", "No such file", "failed"};
        Literals literals = new Literals(needles);
        for (Corpus.Case c : Corpus.cases("seed")) {
            for (String line : c.text().split("\n")) {
                long found = literals.in(line);
                for (int k = 0; k < needles.length; k++) assertEquals(line.contains(needles[k]), (found >>> k & 1) == 1, line);
            }
        }
    }

    @Test
    void aLiteralThatDoesNotStartWithAnAsciiChar_orTooMany_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Literals(WORDS));
        assertThrows(IllegalArgumentException.class, () -> new Literals(new String[65]));
    }
}
