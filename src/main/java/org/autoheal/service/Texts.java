package org.autoheal.service;

import java.time.Duration;

/** Keeps text from processes and peers bounded and printable before it reaches messages. */
final class Texts {
    private Texts() {
    }

    /** Replaces control characters (except newline and tab) with '?' and cuts to {@code max} chars. */
    static String clip(String s, int max) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 3));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f) ? c : '?');
        }
        if (s.length() > max) b.append("...");
        return b.toString();
    }

    /** 1.5s, 250ms, 20s: short human form for messages. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + "ms";
        return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
}
