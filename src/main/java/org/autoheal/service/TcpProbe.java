package org.autoheal.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Up when a TCP connection to host:port succeeds. */
public final class TcpProbe implements Probe {
    private final String host;
    private final int port;

    public TcpProbe(String host, int port) {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("tcp probe needs a host");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("tcp probe port out of range: " + port);
        this.host = host;
        this.port = port;
    }

    @Override
    public ProbeResult check(Duration timeout) {
        long t0 = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), Probes.millis(timeout));
            return ProbeResult.up("connected to " + host + ":" + port, t0);
        } catch (SocketTimeoutException e) {
            return ProbeResult.down("no TCP connection to " + host + ":" + port + " within " + Texts.human(timeout), t0);
        } catch (IOException | IllegalArgumentException e) {
            return ProbeResult.down("cannot connect to " + host + ":" + port + ": " + e.getMessage(), t0);
        }
    }

    @Override
    public String target() {
        return "tcp " + host + ":" + port;
    }
}
