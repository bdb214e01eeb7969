package org.autoheal.backup;

/**
 * The shapes of the names and values the backup code accepts (incident ids, copy names, modes,
 * hashes, its own temp files), checked with plain loops: fixed character sets need no regex.
 */
final class NameChecks {
    private static final String MARKER = ".autoheal-";
    private static final String TMP = ".tmp";
    private static final int HEX = 16;
    private static final int TAIL = MARKER.length() + HEX + TMP.length();

    private NameChecks() {
    }

    /** {@code min}..{@code max} characters, each an ASCII letter or digit or one of {@code extra}. */
    static boolean word(String s, int min, int max, String extra) {
        if (s == null || s.length() < min || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    /** Exactly {@code length} lowercase hex digits. */
    static boolean hex(String s, int length) {
        if (s == null || s.length() != length) return false;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
        }
        return true;
    }

    /** A file mode as 3 or 4 octal digits ("644", "0644"). */
    static boolean octalMode(String s) {
        if (s == null || s.length() < 3 || s.length() > 4) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') return false;
        }
        return true;
    }

    /**
     * A temp file {@link AtomicFiles} makes: {@code .<name>.autoheal-<16 hex>.tmp}, where name is
     * {@code prefix} or, when it is null, any 1 to 60 characters on one line.
     */
    static boolean tempName(String file, String prefix) {
        int n = file.length();
        if (n < 1 + TAIL + 1 || file.charAt(0) != '.' || !file.endsWith(TMP)
                || !file.startsWith(MARKER, n - TAIL) || !hex(file.substring(n - HEX - TMP.length(), n - TMP.length()), HEX)) {
            return false;
        }
        String name = file.substring(1, n - TAIL);
        if (prefix != null) return name.equals(prefix);
        if (name.length() > 60) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }
}
