package org.autoheal.facts;

/**
 * Context: a network address in the toolchain's argv, a ws/wss/http/https URL ({@code url} set)
 * or a bare {@code host:port} ({@code url} null).
 */
public record ArgvAddress(String url, String host, Integer port) {
    /** {@code host:port}: what the address is called when two of them compete. */
    public String hostPort() {
        return host + ":" + port;
    }
}
