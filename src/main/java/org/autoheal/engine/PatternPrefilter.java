package org.autoheal.engine;

import java.util.ArrayList;
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
        sensitiveScanner.scan(text).stream().forEach(i -> out.add(sensitive.get(i)));
        if (!insensitive.isEmpty()) {
            insensitiveScanner.scan(text.toLowerCase(Locale.ROOT)).stream().forEach(i -> out.add(insensitive.get(i)));
        }
        return out;
    }

    int alwaysTriedCount() {
        return alwaysTried.size();
    }
}
