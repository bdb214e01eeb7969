package org.autoheal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralScannerTest {

    @Test
    void overlappingLiterals_andCharsOutsideAscii_giveWhatContainsGives() {
        List<String> literals = List.of("ab", "abc", "b", "ca", "abca", "ab", "bcab", "é", "xé€", "€€", "a€b", "cc");
        check(literals, "abc€é x", 30_000, 14);
    }

    @Test
    void manyLiteralsWithACommonPrefix_asCustomPatternsHave() {
        List<String> literals = new ArrayList<>();
        for (int k = 0; k < 1000; k++) literals.add("CustomError" + k + ": cache ");
        Random random = new Random(7);
        LiteralScanner scanner = new LiteralScanner(literals);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder("x");
            for (int i = random.nextInt(4); i > 0; i--) {
                text.append("CustomError").append(random.nextInt(1200)).append(random.nextBoolean() ? ": cache " : ": cach").append("é ");
            }
            assertScan(scanner, literals, text.toString());
        }
    }

    @Test
    void noLiterals_findNothing() {
        assertEquals(new BitSet(), new LiteralScanner(List.of()).scan("anything"));
    }

    private static void check(List<String> literals, String alphabet, int rounds, int maxLength) {
        LiteralScanner scanner = new LiteralScanner(literals);
        Random random = new Random(19);
        for (int round = 0; round < rounds; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxLength); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertScan(scanner, literals, text.toString());
        }
    }

    private static void assertScan(LiteralScanner scanner, List<String> literals, String text) {
        BitSet expected = new BitSet();
        for (int k = 0; k < literals.size(); k++) if (text.contains(literals.get(k))) expected.set(k);
        assertEquals(expected, scanner.scan(text), text);
    }
}
