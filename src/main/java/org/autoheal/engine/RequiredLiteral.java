package org.autoheal.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds a literal substring that every match of a regex must contain, by a conservative walk
 * over the top level of the pattern. Groups, classes and alternations end a literal run and
 * are skipped; a top-level alternation or an inline flag other than a leading (?i) gives up.
 * Giving up is always safe: the pattern is then tried on every error.
 */
final class RequiredLiteral {
    private static final int MIN_LENGTH = 3;
    private static final String META = ".[]()|^$*+?{}\\";

    private RequiredLiteral() {
    }

    /** A required literal and whether it must be compared case-insensitively. */
    public record Literal(String text, boolean ignoreCase) {
        public String key() {
            return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        }
    }

    public static Optional<Literal> of(String regex) {
        boolean ignoreCase = false;
        String p = regex;
        if (p.startsWith("(?i)")) {
            ignoreCase = true;
            p = p.substring(4);
        }
        if (p.contains("(?") && containsInlineFlag(p)) return Optional.empty();
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                char n = p.charAt(++i);
                if (META.indexOf(n) >= 0 || "/-:'\"=<>,;!@#%&~` ".indexOf(n) >= 0) {
                    if (depth == 0) i = append(p, i, n, run);
                } else {
                    best = longer(best, run); // \d, \s, \b, \Q… and friends: not literal
                    if (n == 'Q') return Optional.empty();
                }
                continue;
            }
            switch (c) {
                case '(' -> { depth++; best = longer(best, run); }
                case ')' -> depth = Math.max(0, depth - 1);
                case '[' -> { best = longer(best, run); i = skipClass(p, i); }
                case '|' -> { if (depth == 0) return Optional.empty(); }
                case '.', '^', '$' -> best = longer(best, run);
                case '*', '+', '?' -> best = longer(best, run);
                case '{' -> {
                    best = longer(best, run);
                    int close = p.indexOf('}', i);
                    i = close < 0 ? p.length() : close;
                }
                default -> { if (depth == 0) i = append(p, i, c, run); }
            }
        }
        best = longer(best, run);
        return best.length() >= MIN_LENGTH ? Optional.of(new Literal(best, ignoreCase)) : Optional.empty();
    }

    /** Appends c unless a quantifier makes it optional; a quantifier also ends the run. */
    private static int append(String p, int i, char c, StringBuilder run) {
        char q = i + 1 < p.length() ? p.charAt(i + 1) : 0;
        if (q == '?' || q == '*' || (q == '{' && p.startsWith("{0", i + 1))) {
            run.append('\u0000'); // marker: ends the run without the optional char
        } else {
            run.append(c);
            if (q == '+' || q == '{') run.append('\u0000');
        }
        return i;
    }

    private static String longer(String best, StringBuilder run) {
        String candidate = "";
        for (String part : run.toString().split("\u0000")) {
            if (part.length() > candidate.length()) candidate = part;
        }
        run.setLength(0);
        return candidate.length() > best.length() ? candidate : best;
    }

    private static int skipClass(String p, int i) {
        int j = i + 1;
        if (j < p.length() && p.charAt(j) == '^') j++;
        if (j < p.length() && p.charAt(j) == ']') j++;
        for (; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == '\\') j++;
            else if (c == '[') j = skipClass(p, j);
            else if (c == ']') return j;
        }
        return p.length();
    }

    private static boolean containsInlineFlag(String p) {
        for (int i = p.indexOf("(?"); i >= 0; i = p.indexOf("(?", i + 2)) {
            if (i > 0 && p.charAt(i - 1) == '\\') continue;
            char n = i + 2 < p.length() ? p.charAt(i + 2) : 0;
            if (n != ':' && n != '=' && n != '!' && n != '<' && n != '>') return true;
            if (n == '<' && i + 3 < p.length() && (p.charAt(i + 3) == '=' || p.charAt(i + 3) == '!')) continue;
        }
        return false;
    }
}
