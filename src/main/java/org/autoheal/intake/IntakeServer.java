package org.autoheal.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Reports decided at once (the engine is CPU-bound: more than the cores buys nothing) and waiting. */
    static final int DECIDERS = 4;
    static final int WAITING = 64;

    private final Server server;
    private final ServerConnector connector;
    private final ExecutorService deciders;

    private IntakeServer(Server server, ServerConnector connector, ExecutorService deciders) {
        this.server = server;
        this.connector = connector;
        this.deciders = deciders;
    }

    /**
     * Binds and starts serving. A non-loopback address needs {@code intake.allow_remote};
     * {@code idleTimeout} ({@code intake.request_timeout}) closes a connection that sends nothing
     * for that long, while reading headers, while reading the body, or between requests.
     */
    public static IntakeServer start(InetSocketAddress address, Settings.Intake settings, Duration idleTimeout,
                                     IntakeToken token, IntakeBackend backend, Metrics metrics) throws IOException {
        return start(address, () -> settings, idleTimeout, token, backend, metrics);
    }

    /**
     * The same, reading {@code intake.heal} and {@code intake.max_body_bytes} from {@code live} per
     * request (watch passes the config in service, so a reload applies them); allow_remote and
     * the idle timeout are read once, here.
     */
    public static IntakeServer start(InetSocketAddress address, java.util.function.Supplier<Settings.Intake> live,
                                     Duration idleTimeout, IntakeToken token, IntakeBackend backend, Metrics metrics)
            throws IOException {
        Settings.Intake settings = live.get();
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
        ExecutorService deciders = deciders();
        server.setHandler(new IntakeRoutes(token, backend, metrics, live, deciders));
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(1000);
        IntakeServer intake = new IntakeServer(server, connector, deciders);
        try {
            server.start();
        } catch (IOException e) {
            intake.close();
            // Jetty's "Failed to bind to /127.0.0.1:8787" keeps the reason in its cause
            throw e.getCause() == null ? e : new IOException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        } catch (Exception e) {
            intake.close();
            throw new IOException(e.getMessage(), e);
        }
        LOG.info("intake listening on http://{}:{}/v1/ (token in state/intake.token)",
                address.getAddress().getHostAddress(), intake.address().getPort());
        return intake;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("intake: stop: {}", e.toString());
        }
        deciders.shutdownNow();
    }

    private static ExecutorService deciders() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(DECIDERS, DECIDERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
            Thread t = new Thread(r, "intake-decide-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
