package org.autoheal.backup;

/**
 * A path taken from untrusted text is not safe to touch. A strategy that gets this reports the
 * attempt as {@code refused}: nothing was done. Unchecked so it passes through strategy code,
 * like the JDK's {@link SecurityException}.
 */
public class PathRefusedException extends RuntimeException {

    private static final int SHOWN_CHARS = 200;

    private final String path;
    private final String reason;

    public PathRefusedException(String untrustedPath, String reason) {
        super("refused path '" + shown(untrustedPath, SHOWN_CHARS) + "': " + shown(reason, 4 * SHOWN_CHARS));
        this.path = untrustedPath;
        this.reason = reason;
    }

    /** The path as given (untrusted, possibly huge: bound it before printing). */
    public String path() {
        return path;
    }

    /** Why it was refused, e.g. "outside the toolchain's roots [/w]". */
    public String reason() {
        return reason;
    }

    /** Bounded and with control characters escaped: paths (also inside the reason) come from hostile text. */
    static String shown(String untrusted, int maxChars) {
        if (untrusted == null) {
            return "null";
        }
        String cut = untrusted.length() > maxChars ? untrusted.substring(0, maxChars) + "…" : untrusted;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
