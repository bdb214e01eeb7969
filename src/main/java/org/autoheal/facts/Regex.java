package org.autoheal.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions for DRL functions, compiled once: a DRL function has no static fields, and
 * {@code Pattern.compile} or {@code String.matches} in its body compiled the pattern again on every call
 * (about 1 % of a batch). Rule authors pass literal patterns, so the cache stays small; past its bound a
 * pattern is compiled per call as before, never evicting the bundled rules' ones.
 */
public final class Regex {
    private static final int MAX_PATTERNS = 512;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    public static Matcher matcher(String regex, CharSequence text) {
        return pattern(regex).matcher(text);
    }

    /** {@code String.matches}: the whole text matches. */
    public static boolean matches(String regex, CharSequence text) {
        return text != null && pattern(regex).matcher(text).matches();
    }

    public static Pattern pattern(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p != null) return p;
        p = Pattern.compile(regex);
        if (COMPILED.size() < MAX_PATTERNS) COMPILED.putIfAbsent(regex, p);
        return p;
    }
}
