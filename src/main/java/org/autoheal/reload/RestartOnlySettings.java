package org.autoheal.reload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Settings;

/**
 * The settings a running watcher reads once, at its start, so a reload cannot apply them: the
 * intake's bind permission and request timeout (the server is built with them). Everything
 * else in config/ is read per round or per request. The reload line names what differs from
 * what is in effect, so an announced reload never silently keeps an old value (DESIGN §6).
 */
public final class RestartOnlySettings {
    private RestartOnlySettings() {
    }

    /** "intake.request_timeout ('10s' in effect, '30s' in the file)" for each such setting that changed; empty when none. */
    public static List<String> changed(HomeConfig inEffect, HomeConfig reloaded, boolean intakeListening) {
        List<String> out = new ArrayList<>();
        if (!intakeListening) return out;
        Settings.Intake was = inEffect.settings().intake();
        Settings.Intake now = reloaded.settings().intake();
        add(out, "intake.allow_remote", was.allowRemote(), now.allowRemote());
        add(out, "intake.request_timeout", was.requestTimeout(), now.requestTimeout());
        return out;
    }

    /** The tail of a reload line: "; needs a restart of watch to take effect: …", or "". */
    public static String note(HomeConfig inEffect, HomeConfig reloaded, boolean intakeListening) {
        List<String> changed = changed(inEffect, reloaded, intakeListening);
        return changed.isEmpty() ? "" : "; needs a restart of watch to take effect: " + String.join(", ", changed);
    }

    private static void add(List<String> out, String name, Object was, Object now) {
        if (!Objects.equals(was, now)) out.add(name + " ('" + was + "' in effect, '" + now + "' in the file)");
    }
}
