package org.autoheal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks Jackson's typing cannot make: required values, argv and env entries a process can
 * take, paths the file system accepts, numbers and durations in range, probe addresses. Each
 * failure is a {@link ConfigException} naming the file, the JSON path and what was expected, so
 * no shape of a config file reaches the code that uses it as a crash.
 */
final class ConfigChecks {
    static final String SETTINGS = "config/autoheal.json";
    private static final Duration LONGEST = Duration.ofDays(3650);

    private ConfigChecks() {
    }

    /** A path relative to the home (or absolute) that the file system accepts. */
    static Path path(Home home, String rel, String where) {
        if (rel == null || rel.isBlank()) throw new ConfigException(where + ": expected a path, found " + shown(rel));
        try {
            return home.root().resolve(rel).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(where + ": '" + clip(rel) + "' is not a usable path (" + e.getReason() + ")");
        }
    }

    /** An argv: at least the program, no empty program. */
    static List<String> argv(List<String> argv, String where) {
        if (argv == null || argv.isEmpty()) throw new ConfigException(where + " is required (an argv list, e.g. [\"python3\", \"tool.py\"])");
        if (argv.get(0).isBlank()) throw new ConfigException(where + "[0]: expected the program to run, found an empty string");
        return List.copyOf(argv);
    }

    /** Environment entries a process accepts: a non-empty name without '='. */
    static Map<String, String> env(Map<String, String> env, String where) {
        if (env == null) return Map.of();
        env.keySet().forEach(k -> {
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw new ConfigException(where + ": '" + clip(k) + "' is not an environment variable name (non-empty, no '=')");
            }
        });
        return Map.copyOf(env);
    }

    static List<String> names(List<String> names, String where) {
        if (names == null) return List.of();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) throw new ConfigException(where + "[" + i + "]: expected a name, found an empty string");
        }
        return List.copyOf(names);
    }

    static Duration duration(String text, Duration fallback, String where) {
        Duration d = Durations.parseOr(text, fallback, where);
        if (d.compareTo(LONGEST) > 0) throw new ConfigException(where + ": '" + text + "' is longer than 3650d");
        return d;
    }

    static Duration positive(String text, Duration fallback, String where) {
        Duration d = duration(text, fallback, where);
        if (d.isZero()) throw new ConfigException(where + ": expected a positive duration, found '" + text + "'");
        return d;
    }

    static long atLeast(Number value, long min, String where) {
        if (value.longValue() < min) throw new ConfigException(where + ": expected at least " + min + ", found " + value);
        return value.longValue();
    }

    /** A probe AutoHeal can run: a known type with what that type needs, a URL it can connect to. */
    static void probe(ProbeSpec p, String where) {
        if (p == null) {
            throw new ConfigException(where + " is required so AutoHeal can tell when the service is up: "
                    + "{\"type\": \"tcp\", \"port\": 8080}, http or websocket with a url, or a command");
        }
        String type = p.type();
        if (!Set.of("tcp", "http", "websocket", "command").contains(String.valueOf(type))) {
            throw new ConfigException(where + ".type: '" + clip(type) + "' is not one of tcp, http, websocket, command");
        }
        switch (type) {
            case "tcp" -> {
                if (p.port() == null) throw new ConfigException(where + ": a tcp probe needs host and port");
                if (p.port() < 1 || p.port() > 65535) throw new ConfigException(where + ".port: expected 1..65535, found " + p.port());
                if (p.host() != null && p.host().isBlank()) throw new ConfigException(where + ".host: expected a host name, found an empty string");
            }
            case "command" -> argv(p.command(), where + ".command");
            default -> url(p.url(), type.equals("http") ? Set.of("http", "https") : Set.of("ws", "wss"), where + ".url");
        }
    }

    private static void url(String url, Set<String> schemes, String where) {
        if (url == null) throw new ConfigException(where + " is required (e.g. " + schemes.iterator().next() + "://127.0.0.1:8080/)");
        try {
            URI u = new URI(url);
            if (u.getScheme() == null || !schemes.contains(u.getScheme()) || u.getHost() == null) {
                throw new ConfigException(where + ": expected a " + String.join(" or ", new java.util.TreeSet<>(schemes))
                        + " URL with a host, found '" + clip(url) + "'");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(where + ": '" + clip(url) + "' is not a URL (" + e.getReason() + ")");
        }
    }

    /** Every setting of config/autoheal.json that is used later, parsed now. */
    static void settings(Settings s) {
        String f = SETTINGS + ": ";
        if (s.maxAttempts() < 1 || s.maxAttempts() > 20) throw new ConfigException(f + "max_attempts must be 1..20");
        positive(s.learning().halfLife(), null, f + "learning.half_life");
        if (s.learning().maxAdjustment() < 0 || s.learning().maxAdjustment() > 1000) {
            throw new ConfigException(f + "learning.max_adjustment must be 0..1000");
        }
        Settings.Limits l = s.limits();
        atLeast(l.maxErrorBytes(), 1, f + "limits.max_error_bytes");
        atLeast(l.maxBackupBytes(), 0, f + "limits.max_backup_bytes");
        atLeast(l.maxJournalLineBytes(), 1024, f + "limits.max_journal_line_bytes");
        positive(l.pipTimeout(), null, f + "limits.pip_timeout");
        positive(l.regexBudget(), null, f + "limits.regex_budget");
        Settings.Flapping fl = s.flapping();
        Duration base = positive(fl.backoffBase(), null, f + "flapping.backoff_base");
        Duration cap = positive(fl.backoffCap(), null, f + "flapping.backoff_cap");
        if (cap.compareTo(Duration.ofDays(7)) > 0) throw new ConfigException(f + "flapping.backoff_cap: at most 7d, found '" + fl.backoffCap() + "'");
        if (base.compareTo(cap) > 0) throw new ConfigException(f + "flapping.backoff_base must not be above backoff_cap");
        duration(fl.resetAfter(), null, f + "flapping.reset_after");
        positive(fl.window(), null, f + "flapping.window");
        atLeast(fl.maxHealsPerWindow(), 1, f + "flapping.max_heals_per_window");
        atLeast(fl.breakerFailures(), 1, f + "flapping.breaker_failures");
        names(s.install().allow(), f + "install.allow");
        names(s.install().deny(), f + "install.deny");
        s.strategies().forEach((name, c) -> {
            String w = f + "strategies." + name;
            argv(c.command(), w + ".command");
            positive(c.timeout(), Duration.ofSeconds(60), w + ".timeout");
        });
    }

    private static String shown(String s) {
        return s == null ? "nothing" : "'" + clip(s) + "'";
    }

    static String clip(String s) {
        if (s == null) return "null";
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }
}
