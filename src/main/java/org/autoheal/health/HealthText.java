package org.autoheal.health;

import java.util.List;

/** The health report as a table for people; green/red only when asked (a terminal without NO_COLOR). */
public final class HealthText {
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private HealthText() {
    }

    public static String of(HealthReport report, boolean color) {
        List<Check> checks = report.checks();
        int scopeW = width(checks.stream().map(Check::scope).toList(), "SCOPE", 24);
        int subjW = width(checks.stream().map(Check::subject).toList(), "CHECKED", 36);
        String row = "%-4s  %-" + scopeW + "s  %-10s  %-" + subjW + "s  %s%n";
        StringBuilder b = new StringBuilder(String.format(row, "", "SCOPE", "CHECK", "CHECKED", "DETAIL"));
        for (Check c : checks) {
            String mark = c.ok() ? "ok" : "FAIL";
            String line = String.format(row, mark, cut(c.scope(), scopeW), c.kind(), cut(c.subject(), subjW), c.detail());
            b.append(color ? (c.ok() ? GREEN : RED) + line.substring(0, mark.length()) + RESET + line.substring(mark.length()) : line);
        }
        int failed = report.failed().size();
        String summary = failed == 0 ? "healthy: all " + checks.size() + " checks passed"
                : "unhealthy: " + failed + " of " + checks.size() + " checks failed";
        b.append(color ? BOLD + (failed == 0 ? GREEN : RED) + summary + RESET : summary).append('\n');
        return b.toString();
    }

    private static int width(List<String> values, String header, int max) {
        int w = values.stream().mapToInt(String::length).max().orElse(0);
        return Math.min(max, Math.max(header.length(), w));
    }

    private static String cut(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }
}
