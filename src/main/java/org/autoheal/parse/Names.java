package org.autoheal.parse;

import java.util.Locale;
import java.util.Set;

/** Small, linear validators for names and paths found in untrusted text (no regex backtracking). */
final class Names {
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "txt", "csv", "tsv", "xml", "html", "md",
            "py", "pyc", "js", "mjs", "cjs", "ts", "sh", "bash", "java", "jar", "class", "properties", "log",
            "env", "lock", "db", "sqlite", "sql", "pem", "key", "crt", "png", "jpg", "jpeg", "gif", "pid",
            "sock", "so", "dll", "whl", "gz", "zip", "tar", "rb", "pl", "go", "rs", "c", "h", "cpp", "jsonl");

    private Names() {
    }

    /** {@code a.b_c.D1}: identifier segments separated by single dots. */
    static boolean isDottedName(String s) {
        if (s == null || s.isEmpty() || s.length() > 256) return false;
        boolean segmentStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (segmentStart) return false;
                segmentStart = true;
            } else if (segmentStart ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                segmentStart = false;
            } else {
                return false;
            }
        }
        return !segmentStart;
    }

    static boolean isIdentifier(String s) {
        return isDottedName(s) && s.indexOf('.') < 0;
    }

    /** A node package or module specifier as printed: letters, digits, {@code @ . _ - /}. */
    static boolean isPackageSpecifier(String s) {
        if (s == null || s.isEmpty() || s.length() > 214) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "@._-/".indexOf(c) >= 0)) return false;
        }
        return true;
    }

    /** Characters a path may have in our parsing (no spaces, quotes, colons or shell metacharacters). */
    static boolean isPathChars(String s) {
        if (s == null || s.isEmpty() || s.length() > 1024) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || Character.isLetterOrDigit(c) || "/._-~+@,=".indexOf(c) >= 0)) return false;
        }
        return true;
    }

    /** The common case of {@link Character#isLetterOrDigit} without its table lookup (C1 does not inline it). */
    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A path as printed by an error (quoted or after a colon): anything printable but bounded. */
    static boolean isPrintedPath(String s) {
        if (s == null || s.isBlank() || s.length() > 1024) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) return false;
        }
        return true;
    }

    /** True for a token that names a file: a file extension, and a slash or a well-known extension. */
    static boolean looksLikeFile(String s) {
        if (!isPathChars(s) || s.contains("://")) return false;
        int slash = s.lastIndexOf('/');
        String base = s.substring(slash + 1);
        if (base.contains("..")) return false;
        int dot = base.lastIndexOf('.');
        if (dot <= 0 && !(dot == 0 && base.length() > 1 && slash >= 0)) return false;
        String ext = base.substring(dot + 1);
        if (ext.isEmpty() || ext.length() > 10 || !Character.isLetter(ext.charAt(0))) return false;
        for (int i = 0; i < ext.length(); i++) if (!Character.isLetterOrDigit(ext.charAt(i))) return false;
        return slash >= 0 || FILE_EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT));
    }

    /** Strips quotes and trailing punctuation that prose puts around a token. */
    static String trimToken(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && "'\"‘’“”`([{<".indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && "'\"‘’“”`)]}>.,;:!?".indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }

    /** The text between the first {@code quote} at or after {@code from} and the next one; null if none. */
    static String quotedAt(String s, int from, char quote) {
        int a = s.indexOf(quote, from);
        if (a < 0) return null;
        int b = s.indexOf(quote, a + 1);
        return b < 0 ? null : s.substring(a + 1, b);
    }

    /** Parses up to 9 digits; null when {@code s} is not a plain non-negative number. */
    static Integer number(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) return null;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        return Integer.parseInt(s);
    }

    static Integer port(String s) {
        Integer p = number(s);
        return p != null && p > 0 && p <= 65535 ? p : null;
    }

    /** Leading digits of {@code s} from {@code from} (at most 9). */
    static String digitsAt(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return s.substring(from, i);
    }
}
