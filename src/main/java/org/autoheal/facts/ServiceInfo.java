package org.autoheal.facts;

/**
 * A configured service, as a fact: rules tie connection errors to it by name or by
 * the host and port of its probe. {@code probeType} is tcp, http, websocket or command.
 */
public record ServiceInfo(String name, String probeType, String host, Integer port, String url) {
    public boolean isWebsocket() {
        return "websocket".equals(probeType);
    }

    public boolean listensOn(String otherHost, Integer otherPort) {
        return port != null && port.equals(otherPort) && sameHost(host, otherHost);
    }

    private static boolean sameHost(String a, String b) {
        if (a == null || b == null) return true;
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String h) {
        return switch (h) {
            case "localhost", "::1", "[::1]", "0.0.0.0" -> "127.0.0.1";
            default -> h;
        };
    }
}
