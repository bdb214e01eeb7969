package org.autoheal.config;

import java.time.Duration;

/** Durations as written in config and on the command line: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 30d}. */
public final class Durations {
    private Durations() {
    }

    public static Duration parse(String text, String where) {
        String t = text == null ? "" : text.trim();
        int digits = 0;
        while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') digits++;
        String unit = t.substring(digits);
        if (digits == 0 || digits > 9) unit = "?";
        return switch (unit) {
            case "ms" -> Duration.ofMillis(Long.parseLong(t.substring(0, digits)));
            case "s" -> Duration.ofSeconds(Long.parseLong(t.substring(0, digits)));
            case "m" -> Duration.ofMinutes(Long.parseLong(t.substring(0, digits)));
            case "h" -> Duration.ofHours(Long.parseLong(t.substring(0, digits)));
            case "d" -> Duration.ofDays(Long.parseLong(t.substring(0, digits)));
            default -> throw new ConfigException(where + ": '" + text + "' is not a duration; write e.g. 500ms, 30s, 5m, 2h or 30d");
        };
    }

    public static Duration parseOr(String text, Duration fallback, String where) {
        return text == null ? fallback : parse(text, where);
    }
}
