package org.autoheal.exec;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment of a process AutoHeal runs (toolchains, probes, command strategies): the
 * inherited variables plus the configured ones, with messages in English so rules see the
 * wording they were written for. LC_MESSAGES=C and no LANGUAGE; the character encoding stays
 * (LANG and LC_CTYPE are kept, and an LC_ALL, which would override LC_MESSAGES, moves to
 * LC_CTYPE). A configured env that sets any locale variable itself is respected as given.
 */
final class MessageLocale {
    private MessageLocale() {
    }

    static Map<String, String> environment(Map<String, String> inherited, Map<String, String> configured) {
        Map<String, String> env = new HashMap<>(inherited);
        if (configured.keySet().stream().noneMatch(MessageLocale::isLocaleVariable)) {
            String all = env.remove("LC_ALL");
            if (all != null && !all.isEmpty()) env.put("LC_CTYPE", all);
            env.remove("LANGUAGE");
            env.put("LC_MESSAGES", "C");
        }
        env.putAll(configured);
        return env;
    }

    /** The environment for a process started now: this JVM's variables plus {@code configured}. */
    static Map<String, String> environment(Map<String, String> configured) {
        return environment(System.getenv(), configured);
    }

    static boolean isLocaleVariable(String name) {
        return name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_");
    }
}
