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

    /** {@link #listensOn} for a diagnosis's details, which are text ({@code $d.get("port")}). */
    public boolean listensAt(String otherHost, String otherPort) {
        if (otherPort == null || otherPort.isEmpty() || otherPort.length() > 5 || !otherPort.chars().allMatch(Character::isDigit)) return false;
        return listensOn(otherHost, Integer.valueOf(otherPort));
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
