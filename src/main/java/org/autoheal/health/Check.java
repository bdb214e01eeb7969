package org.autoheal.health;

/**
 * One health check and its answer. {@code detail} is one printable line (text from files and
 * processes is cleaned and bounded here, so no escape sequence reaches a terminal).
 *
 * @param scope   the toolchain checked, or {@code service} for a service probe
 * @param kind    {@code service}, {@code executable}, {@code json}, {@code module} or {@code flapping}
 * @param subject what was checked: a service name, a program, a file, a module
 * @param line    for an invalid JSON file, where parsing stopped (1-based); else null
 */
public record Check(String scope, String kind, String subject, boolean ok, String detail, Integer line, Integer column) {
    public static final String SERVICE = "service";
    public static final String EXECUTABLE = "executable";
    public static final String JSON = "json";
    public static final String MODULE = "module";
    public static final String FLAPPING = "flapping";
    static final int MAX_DETAIL = 400;

    public Check {
        subject = clean(subject, 200);
        detail = clean(detail, MAX_DETAIL);
    }

    static Check ok(String scope, String kind, String subject, String detail) {
        return new Check(scope, kind, subject, true, detail, null, null);
    }

    static Check failed(String scope, String kind, String subject, String detail) {
        return new Check(scope, kind, subject, false, detail, null, null);
    }

    /** Control characters (newlines and ESC included) become spaces or '?'; long text is cut. */
    static String clean(String s, int max) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ? '?' : c);
        }
        if (s.length() > max) b.append('…');
        return b.toString();
    }
}
