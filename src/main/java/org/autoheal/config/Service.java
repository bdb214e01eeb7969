package org.autoheal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A service a toolchain depends on, validated, with its workdir resolved against the home: what config loads and
 * what the service manager, probes and strategies take. {@code start} is the argv of a foreground process that
 * AutoHeal runs detached; {@code restart}/{@code stop} are for services that something else manages (e.g.
 * systemctl). Every command comes from config, never from error text.
 *
 * @param workdir      where commands run; a relative path is resolved against the home
 * @param readyTimeout how long the service manager waits for the probe after a start (default 20 s)
 */
public record Service(String name, List<String> start, List<String> restart, List<String> stop, Path workdir,
                      Map<String, String> env, ProbeSpec probe, Duration readyTimeout) {
    /** The name under which {@code watch} heals a service that no toolchain depends on (its flapping state too). */
    public static final String STAND_IN_PREFIX = "service-";
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public Service {
        requireValidName(name);
        start = argv(name, "start", start);
        restart = argv(name, "restart", restart);
        stop = argv(name, "stop", stop);
        workdir = workdir == null ? Path.of(".") : workdir;
        env = env == null ? Map.of() : env;
        env.forEach((k, v) -> {
            if (k == null || v == null || k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\0') >= 0 || v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("service '" + name + "': invalid env entry '" + k + "'");
            }
        });
        env = Map.copyOf(env);
        if (probe == null) {
            throw new IllegalArgumentException("service '" + name + "' has no probe; add one of "
                    + "tcp, http, websocket or command so AutoHeal can tell when it is up");
        }
        readyTimeout = readyTimeout == null ? DEFAULT_READY_TIMEOUT : readyTimeout;
        if (readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("service '" + name + "': ready_timeout must be positive, got " + readyTimeout);
        }
    }

    /** A service AutoHeal runs itself: only a start command and a probe. */
    public static Service managed(String name, List<String> start, Path workdir, ProbeSpec probe) {
        return new Service(name, start, null, null, workdir, Map.of(), probe, null);
    }

    public Service withReadyTimeout(Duration timeout) {
        return new Service(name, start, restart, stop, workdir, env, probe, timeout);
    }

    public String standInName() {
        return STAND_IN_PREFIX + name;
    }

    /** Host and port the probe talks to, from host/port or the URL. */
    public String probeHost() {
        if (probe.host() != null) return probe.host();
        return probe.url() == null ? null : java.net.URI.create(probe.url()).getHost();
    }

    public Integer probePort() {
        if (probe.port() != null) return probe.port();
        if (probe.url() == null) return null;
        java.net.URI u = java.net.URI.create(probe.url());
        if (u.getPort() > 0) return u.getPort();
        return switch (u.getScheme() == null ? "" : u.getScheme()) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> null;
        };
    }

    /** Names end up in file names: letters, digits, '_', '.', '-', at most 64, no leading dot. */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("invalid service name '" + name
                    + "': use 1-64 of [A-Za-z0-9_.-], not starting with '.'");
        }
        return name;
    }

    /** A command of {@code service}'s {@code what} (start, stop, a probe's command): a non-empty argv without NUL. */
    public static List<String> argv(String service, String what, List<String> argv) {
        if (argv == null) return null;
        if (argv.isEmpty() || argv.stream().anyMatch(a -> a == null || a.indexOf('\0') >= 0) || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("service '" + service + "': '" + what
                    + "' must be a non-empty argv without null or NUL entries, got " + argv);
        }
        return List.copyOf(argv);
    }
}
