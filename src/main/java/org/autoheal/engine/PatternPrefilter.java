package org.autoheal.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.autoheal.facts.CustomPattern;

/**
 * Picks the custom patterns worth running on an error: those whose required literal occurs in
 * the text (found for all patterns in one pass) plus those without a usable literal.
 */
final class PatternPrefilter {
    private final List<CustomPattern> alwaysTried = new ArrayList<>();
    private final List<CustomPattern> sensitive = new ArrayList<>();
    private final List<CustomPattern> insensitive = new ArrayList<>();
    private final LiteralScanner sensitiveScanner;
    private final LiteralScanner insensitiveScanner;

    PatternPrefilter(List<CustomPattern> patterns) {
        List<String> sLits = new ArrayList<>();
        List<String> iLits = new ArrayList<>();
        for (CustomPattern p : patterns) {
            var lit = RequiredLiteral.of(p.getRegex().pattern());
            if (lit.isEmpty()) {
                alwaysTried.add(p);
            } else if (lit.get().ignoreCase()) {
                insensitive.add(p);
                iLits.add(lit.get().key());
            } else {
                sensitive.add(p);
                sLits.add(lit.get().key());
            }
        }
        sensitiveScanner = new LiteralScanner(sLits);
        insensitiveScanner = new LiteralScanner(iLits);
    }

    List<CustomPattern> candidates(String text) {
        List<CustomPattern> out = new ArrayList<>(alwaysTried);
        if (!sensitive.isEmpty()) addFound(sensitiveScanner.scan(text), sensitive, out);
        if (!insensitive.isEmpty()) addFound(insensitiveScanner.scan(text.toLowerCase(Locale.ROOT)), insensitive, out);
        return out;
    }

    /** In the patterns' order, as {@code BitSet.stream()} gives them. */
    private static void addFound(BitSet found, List<CustomPattern> patterns, List<CustomPattern> out) {
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) out.add(patterns.get(i));
    }

    int alwaysTriedCount() {
        return alwaysTried.size();
    }
}
