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
    void aRange_givesWhatItsSubstringGives_andManyLiteralsSharingTablePlaces_stayExact() {
        // 64 random literals of two to four chars over a small alphabet: many share a place of the table of first pairs
        Random random = new Random(23);
        String alphabet = "ab:/ \u00e9\u20ac";
        String[] many = new String[64];
        for (int k = 0; k < many.length; k++) {
            StringBuilder l = new StringBuilder().append("ab:/ ".charAt(random.nextInt(5)));
            for (int i = 1 + random.nextInt(3); i > 0; i--) l.append(alphabet.charAt(random.nextInt(alphabet.length())));
            many[k] = l.toString();
        }
        Literals literals = new Literals(many);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = text.toString();
            int from = random.nextInt(t.length() + 1);
            int to = from + random.nextInt(t.length() - from + 1);
            long found = literals.in(t, from, to);
            for (int k = 0; k < many.length; k++) {
                assertEquals(t.substring(from, to).contains(many[k]), (found >>> k & 1) == 1, t + " [" + from + ", " + to + ") / " + many[k]);
            }
        }
    }

    @Test
    void anOutputsLines_holdAtLeastTheirLiterals_andTheWholeTextExactlyItsOwn() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < Lines.MAX_LINES + 5; i++) many.append(i == 2 ? "GET http://a:1 HTTP/1.1 status" : "x").append('\n');
        String longLine = "y".repeat(Lines.MAX_LINE) + " column 3 of a.json";
        List<String> texts = new java.util.ArrayList<>(List.of(many.toString(), longLine, "a\r\nb port 5\r", "", "\n\n"));
        for (Corpus.Case c : Corpus.cases("seed")) texts.add(c.text());
        for (String text : texts) {
            Lines lines = Lines.of(text);
            assertEquals(OutputLiterals.SET.in(text), lines.literalsAnywhere(), text);
            for (int i = 0; i < lines.size(); i++) {
                long own = OutputLiterals.SET.in(lines.get(i));
                assertEquals(own, own & lines.literals(i), lines.get(i));
            }
        }
        assertEquals(0, Lines.of(longLine).get(0).contains(" column ") ? 1 : 0);   // cut: the text's literal is past the line's end
        assertEquals(OutputLiterals.bit(" column "), Lines.of(longLine).literals(0) & OutputLiterals.bit(" column "));
    }

    @Test
    void aLiteralThatDoesNotStartWithAnAsciiChar_orTooMany_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Literals(WORDS));
        assertThrows(IllegalArgumentException.class, () -> new Literals(new String[65]));
    }
}
