package org.autoheal.strategy.python;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation of Python module and attribute names taken from untrusted error text.
 * Only plain ASCII identifiers are accepted: anything else is refused rather than guessed,
 * so a name can never carry code, options ("-c") or path tricks into an interpreter call.
 */
public final class PythonNames {
    static final int MAX_LENGTH = 200;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private PythonNames() {
    }

    /** True for one identifier such as {@code net_price} (not a keyword). */
    public static boolean isIdentifier(String s) {
        return s != null && s.length() <= MAX_LENGTH && IDENTIFIER.matcher(s).matches() && !KEYWORDS.contains(s);
    }

    /** True for a dotted module path such as {@code shop.pricing}: identifiers joined by single dots. */
    public static boolean isDottedName(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_LENGTH) {
            return false;
        }
        for (String part : s.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code value} or throws naming what was expected, so callers refuse before running anything. */
    public static String requireDottedName(String what, String value) {
        if (!isDottedName(value)) {
            throw new IllegalArgumentException("Refusing " + what + " " + describe(value)
                    + ": not a Python dotted name (ASCII identifiers joined by '.')");
        }
        return value;
    }

    /** Like {@link #requireDottedName} for a single identifier. */
    public static String requireIdentifier(String what, String value) {
        if (!isIdentifier(value)) {
            throw new IllegalArgumentException("Refusing " + what + " " + describe(value)
                    + ": not a Python identifier");
        }
        return value;
    }

    /** A bounded, printable rendering of untrusted text for messages. */
    static String describe(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
