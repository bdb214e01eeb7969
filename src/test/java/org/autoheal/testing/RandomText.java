package org.autoheal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random strings made of the characters and words a hand-written matcher must get right. */
public final class RandomText {
    private RandomText() {
    }

    public static List<String> of(long seed, int count, int maxParts, String chars, String... words) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            int parts = r.nextInt(maxParts + 1);
            for (int k = 0; k < parts; k++) {
                if (words.length > 0 && r.nextInt(3) == 0) b.append(words[r.nextInt(words.length)]);
                else b.append(chars.charAt(r.nextInt(chars.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
