package org.autoheal.service;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.autoheal.config.ProbeSpec;

/** Builds the probe for a {@link ProbeSpec}; an unknown type or a missing field fails with what to fix. */
public final class Probes {
    private Probes() {
    }

    public static Probe of(ProbeSpec spec) {
        return of(spec, Path.of("."), Map.of());
    }

    /** {@code workdir} and {@code env} apply to command probes (the service's own). */
    public static Probe of(ProbeSpec spec, Path workdir, Map<String, String> env) {
        if (spec == null || spec.type() == null) {
            throw new IllegalArgumentException("probe has no type; use tcp, http, websocket or command");
        }
        return switch (spec.type().toLowerCase(Locale.ROOT)) {
            case "tcp" -> {
                if (spec.port() == null) throw new IllegalArgumentException("tcp probe needs a port");
                yield new TcpProbe(spec.host() == null ? "127.0.0.1" : spec.host(), spec.port());
            }
            case "http" -> new HttpProbe(uri(spec));
            case "websocket", "ws" -> new WebSocketProbe(uri(spec));
            case "command" -> new CommandProbe(spec.command(), workdir, env);
            default -> throw new IllegalArgumentException("unknown probe type '" + Texts.clip(spec.type(), 40)
                    + "'; use tcp, http, websocket or command");
        };
    }

    private static URI uri(ProbeSpec spec) {
        if (spec.url() == null || spec.url().isBlank()) {
            throw new IllegalArgumentException(spec.type() + " probe needs a url");
        }
        try {
            return new URI(spec.url());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(spec.type() + " probe url is not a valid URI: " + e.getMessage());
        }
    }

    static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** A short reason for a connection failure; JDK messages are often null for refused connections. */
    static String describe(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) return "connect timed out";
        if (e == null) return "unknown error";
        Throwable c = e instanceof ConnectException ? e : e.getCause();
        if (c instanceof ConnectException) {
            return c.getMessage() == null || c.getMessage().contains("refused") ? "connection refused" : c.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
