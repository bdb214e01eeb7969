package org.autoheal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A validated service with its workdir resolved against the home. */
public record Service(String name, List<String> start, List<String> restart, List<String> stop, Path workdir,
                      Map<String, String> env, ServiceConfig.Probe probe, Duration readyTimeout) {
    /** The name under which {@code watch} heals a service that no toolchain depends on (its flapping state too). */
    public static final String STAND_IN_PREFIX = "service-";

    public String standInName() {
        return STAND_IN_PREFIX + name;
    }

    /** Host and port the probe talks to, from host/port or the URL. */
    public String probeHost() {
        if (probe == null) return null;
        if (probe.host() != null) return probe.host();
        return probe.url() == null ? null : java.net.URI.create(probe.url()).getHost();
    }

    public Integer probePort() {
        if (probe == null) return null;
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
}
