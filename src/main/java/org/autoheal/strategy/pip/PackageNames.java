package org.autoheal.strategy.pip;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation of Python import names and PyPI distribution names. Both usually come
 * from error text, which is hostile: only ASCII names of bounded length pass, so a
 * name can never be read as an option, a path, a URL, a requirement specifier or
 * shell syntax, and unicode lookalikes of real packages are refused.
 */
public final class PackageNames {
    public static final int MAX_LENGTH = 100;

    private static final Pattern DOTTED_IDENTIFIER =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    // PEP 508 "name", ASCII only (Java's [A-Z] never matches non-ASCII letters)
    private static final Pattern DISTRIBUTION =
            Pattern.compile("[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");
    // pip installs a requirement named like an archive from a same-named local file
    private static final Pattern ARCHIVE_SUFFIX =
            Pattern.compile(".*\\.(whl|zip|tar|tgz|tbz|txz|tlz|gz|bz2|xz|lz|lzma)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[-_.]+");

    private PackageNames() {}

    /** Why {@code name} is not a dotted Python identifier, or empty when it is one. */
    public static Optional<String> importNameProblem(String name) {
        if (name == null || name.isEmpty()) return Optional.of("the import name is empty");
        if (name.length() > MAX_LENGTH) {
            return Optional.of("import name is " + name.length() + " characters long (at most " + MAX_LENGTH + ")");
        }
        if (!DOTTED_IDENTIFIER.matcher(name).matches()) {
            return Optional.of("import name " + quote(name)
                    + " is not a dotted Python identifier (ASCII letters, digits and '_', parts joined by '.')");
        }
        return Optional.empty();
    }

    /**
     * Why {@code name} is not a bare PEP 508 distribution name (no version, extras,
     * URL or path), or empty when it is one.
     */
    public static Optional<String> distributionProblem(String name) {
        if (name == null || name.isEmpty()) return Optional.of("the distribution name is empty");
        if (name.length() > MAX_LENGTH) {
            return Optional.of("distribution name is " + name.length() + " characters long (at most " + MAX_LENGTH + ")");
        }
        if (!DISTRIBUTION.matcher(name).matches()) {
            return Optional.of("distribution name " + quote(name)
                    + " is not a bare PEP 508 name (letters, digits, '.', '_', '-'; starting and ending with a letter or digit)");
        }
        if (ARCHIVE_SUFFIX.matcher(name).matches()) {
            return Optional.of("distribution name " + quote(name)
                    + " looks like an archive file name, which pip would install from a local file");
        }
        return Optional.empty();
    }

    /** PEP 503 normal form: lower case, every run of '-', '_' and '.' becomes one '-'. */
    public static String normalise(String distribution) {
        return SEPARATOR_RUN.matcher(distribution).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /** The first part of a dotted import name: {@code yaml.constructor} gives {@code yaml}. */
    public static String topLevel(String importName) {
        int dot = importName.indexOf('.');
        return dot < 0 ? importName : importName.substring(0, dot);
    }

    /**
     * A display-safe, bounded rendering of untrusted text for messages and logs:
     * at most 60 characters, control and non-ASCII characters escaped as \\uXXXX.
     */
    public static String quote(String text) {
        if (text == null) return "null";
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(text.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        if (text.length() > shown) out.append("...(").append(text.length()).append(" chars)");
        return out.append('\'').toString();
    }
}
