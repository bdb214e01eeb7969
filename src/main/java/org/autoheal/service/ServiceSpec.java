package org.autoheal.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A service a toolchain depends on, as configured. {@code start} is the argv of a foreground
 * process that AutoHeal runs detached; {@code restart}/{@code stop} are for services that
 * something else manages (e.g. systemctl). Every command comes from config, never from error text.
 *
 * @param workdir      where commands run; a relative path is resolved against the home
 * @param readyTimeout how long {@link ServiceManager#awaitReady} waits for the probe (default 20 s)
 */
public record ServiceSpec(String name, List<String> start, List<String> restart, List<String> stop,
                          Path workdir, Map<String, String> env, ProbeSpec probe, Duration readyTimeout) {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ServiceSpec {
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
    public static ServiceSpec managed(String name, List<String> start, Path workdir, ProbeSpec probe) {
        return new ServiceSpec(name, start, null, null, workdir, Map.of(), probe, null);
    }

    public ServiceSpec withReadyTimeout(Duration timeout) {
        return new ServiceSpec(name, start, restart, stop, workdir, env, probe, timeout);
    }

    /** Names end up in file names: letters, digits, '_', '.', '-', at most 64, no leading dot. */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("invalid service name '" + name
                    + "': use 1-64 of [A-Za-z0-9_.-], not starting with '.'");
        }
        return name;
    }

    static List<String> argv(String service, String what, List<String> argv) {
        if (argv == null) return null;
        if (argv.isEmpty() || argv.stream().anyMatch(a -> a == null || a.indexOf('\0') >= 0) || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("service '" + service + "': '" + what
                    + "' must be a non-empty argv without null or NUL entries, got " + argv);
        }
        return List.copyOf(argv);
    }
}
