package org.autoheal.heal;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Details and parameters as a progress line shows them: one short line. A custom pattern's
 * {@code pattern} (its name is the cause already) and {@code description} (prose, in the report
 * and the journal) are left out; long values are cut.
 */
final class ProgressDetails {
    private static final Set<String> LEFT_OUT = Set.of("pattern", "description");
    private static final int MAX_VALUE = 60;
    private static final int MAX_LINE = 160;

    private ProgressDetails() {
    }

    static String of(Map<String, String> details) {
        if (details == null || details.isEmpty()) return "{}";
        StringJoiner j = new StringJoiner(", ", "{", "}");
        details.forEach((k, v) -> {
            if (LEFT_OUT.contains(k)) return;
            String value = String.valueOf(v).replaceAll("\\p{Cntrl}", "?");
            j.add(k + "=" + (value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…"));
        });
        String line = j.toString();
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE - 2) + "…}";
    }
}
