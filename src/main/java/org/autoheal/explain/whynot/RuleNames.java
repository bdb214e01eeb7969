package org.autoheal.explain.whynot;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The rule names closest to one that does not exist: for "unknown rule" messages. */
public final class RuleNames {
    private RuleNames() {
    }

    public static List<String> closest(Collection<String> names, String asked, int max) {
        String a = asked.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return names.stream()
                .sorted(Comparator.<String>comparingInt(n -> n.toLowerCase(Locale.ROOT).contains(a) ? 0 : 1)
                        .thenComparingInt(n -> distance.apply(n.toLowerCase(Locale.ROOT), a)))
                .limit(max).toList();
    }
}
