package org.autoheal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How to tell that a service is up: {@code tcp} (host, port), {@code http} (url, 2xx/3xx is up),
 * {@code websocket} (url, a real RFC 6455 handshake) or {@code command} (argv, exit 0 is up).
 * Read from config/toolchains.json as written ({@code {"type", "host", "port", "url", "command"}}); only the
 * fields of the type are used, {@link ConfigChecks} and {@code org.autoheal.service.Probes} check them.
 */
public record ProbeSpec(String type, String host, Integer port, String url, List<String> command) {

    public ProbeSpec {
        // a copy that keeps null entries: config checks report them with the file and key, not a bare NPE
        command = command == null ? null : Collections.unmodifiableList(new ArrayList<>(command));
    }

    public static ProbeSpec tcp(String host, int port) {
        return new ProbeSpec("tcp", host, port, null, null);
    }

    public static ProbeSpec http(String url) {
        return new ProbeSpec("http", null, null, url, null);
    }

    public static ProbeSpec websocket(String url) {
        return new ProbeSpec("websocket", null, null, url, null);
    }

    public static ProbeSpec command(List<String> argv) {
        return new ProbeSpec("command", null, null, null, argv);
    }
}
