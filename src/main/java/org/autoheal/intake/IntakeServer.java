package org.autoheal.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.autoheal.config.Settings;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP intake of {@code watch --listen}: other programs report errors here. Built on
 * Jetty's core Handler API: headers and bodies are read by selectors without holding a thread, so
 * slow clients (slow loris) cost a connection each, not a request thread; a connection silent for
 * {@code intake.request_timeout} is closed by Jetty's idle timeout. Every request needs the
 * bearer token from {@code state/}; the routes are in {@link IntakeRoutes}.
 */
public final class IntakeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);
    /** Request threads: only handlers run on them, never a header or body read. */
    private static final int MAX_THREADS = 32;
    /** Open connections at most; past it Jetty stops accepting until one closes. */
    static final int MAX_CONNECTIONS = 512;
    /** Idle timeout of the open connections while {@link #MAX_CONNECTIONS} is reached. */
    private static final long CROWDED_IDLE_MILLIS = 1000;
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Server server;
    private final ServerConnector connector;

    private IntakeServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Binds and starts serving. A non-loopback address needs {@code intake.allow_remote};
     * {@code idleTimeout} ({@code intake.request_timeout}) closes a connection that sends nothing
     * for that long, while reading headers, while reading the body, or between requests.
     */
    public static IntakeServer start(InetSocketAddress address, Settings.Intake settings, Duration idleTimeout,
                                     IntakeToken token, IntakeBackend backend, Metrics metrics) throws IOException {
        if (address.isUnresolved()) throw new IOException("cannot resolve the listen address " + address.getHostString());
        if (!address.getAddress().isLoopbackAddress() && !settings.allowRemote()) {
            throw new IOException("refusing to listen on " + address.getAddress().getHostAddress()
                    + ": the intake binds to loopback only unless config/autoheal.json sets intake.allow_remote");
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("intake");
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        // ambiguous paths (%2F, %2e%2e) reach the routes, which match raw segments exactly and so
        // answer 404, instead of Jetty's 400 or a decoded path that names another route
        http.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(Math.max(1, idleTimeout.toMillis()));
        connector.setAcceptQueueSize(64);
        server.addConnector(connector);
        NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, connector);
        limit.setEndPointIdleTimeout(CROWDED_IDLE_MILLIS);
        server.addBean(limit);
        server.setHandler(new IntakeRoutes(token, backend, metrics, settings));
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(1000);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException(e.getMessage(), e);
        }
        IntakeServer intake = new IntakeServer(server, connector);
        LOG.info("intake listening on http://{}:{}/v1/ (token in state/intake.token)",
                address.getAddress().getHostAddress(), intake.address().getPort());
        return intake;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("intake: stop: {}", e.toString());
        }
    }
}
