package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.autoheal.config.Settings;
import org.autoheal.explain.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP intake of {@code watch --listen}: other programs report errors here. Built on
 * the JDK's HttpServer (no extra dependency; the routes are few), with the JDK's request timer
 * closing connections that dribble their request (slow loris) and a thread pool so one slow
 * client never blocks the others. Every request needs the bearer token from {@code state/}.
 */
public final class IntakeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);
    private static final int THREADS = 32;

    private final HttpServer server;
    private final ExecutorService pool;
    private final IntakeToken token;
    private final IntakeBackend backend;
    private final Metrics metrics;
    /** The intake settings in service now: heal and max_body_bytes follow a config reload. */
    private final java.util.function.Supplier<Settings.Intake> settings;
    private final Duration requestTimeout;
    private final java.util.concurrent.ScheduledExecutorService deadlines;

    private IntakeServer(HttpServer server, ExecutorService pool, IntakeToken token, IntakeBackend backend,
                         Metrics metrics, java.util.function.Supplier<Settings.Intake> settings, Duration requestTimeout) {
        this.server = server;
        this.pool = pool;
        this.token = token;
        this.backend = backend;
        this.metrics = metrics;
        this.settings = settings;
        this.requestTimeout = requestTimeout;
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "intake-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Binds and starts serving. A non-loopback address needs {@code intake.allow_remote}. Bodies are
     * cut at {@code requestTimeout} by the server itself; for headers the JDK's own request timer is
     * used, which the JDK reads once per JVM (the first HttpServer started sets it: in {@code watch}
     * that is this one).
     */
    public static IntakeServer start(InetSocketAddress address, Settings.Intake settings, Duration requestTimeout,
                                     IntakeToken token, IntakeBackend backend, Metrics metrics) throws IOException {
        return start(address, () -> settings, requestTimeout, token, backend, metrics);
    }

    /**
     * The same, reading {@code intake.heal} and {@code intake.max_body_bytes} from {@code live} per
     * request (watch passes the config in service, so a reload applies them); allow_remote and
     * the request timeout are read once, here.
     */
    public static IntakeServer start(InetSocketAddress address, java.util.function.Supplier<Settings.Intake> live,
                                     Duration requestTimeout, IntakeToken token, IntakeBackend backend, Metrics metrics)
            throws IOException {
        Settings.Intake settings = live.get();
        if (address.isUnresolved()) throw new IOException("cannot resolve the listen address " + address.getHostString());
        if (!address.getAddress().isLoopbackAddress() && !settings.allowRemote()) {
            throw new IOException("refusing to listen on " + address.getAddress().getHostAddress()
                    + ": the intake binds to loopback only unless config/autoheal.json sets intake.allow_remote");
        }
        long seconds = Math.max(1, requestTimeout.toSeconds());
        System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(seconds));
        System.setProperty("sun.net.httpserver.maxRspTime", Long.toString(Math.max(seconds, 600)));
        // headers and body go out as two writes: without TCP_NODELAY, Nagle plus the client's
        // delayed ACK adds ~40 ms to every response
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(address, 64);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "intake-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        IntakeServer intake = new IntakeServer(server, pool, token, backend, metrics, live, requestTimeout);
        server.createContext("/", intake::serve);
        server.setExecutor(pool);
        server.start();
        LOG.info("intake listening on http://{}:{}/v1/ (token in state/intake.token)",
                address.getAddress().getHostAddress(), server.getAddress().getPort());
        return intake;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
        deadlines.shutdownNow();
    }

    private void serve(HttpExchange x) {
        try {
            if (!token.accepts(x.getRequestHeaders().getFirst("Authorization"))) {
                x.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"autoheal\"");
                send(x, 401, error("missing or wrong bearer token (see state/intake.token)"));
                return;
            }
            route(x);
        } catch (ErrorReport.BadRequest e) {
            trySend(x, 400, error(e.getMessage()));
        } catch (TooLarge e) {
            trySend(x, 413, error(e.getMessage()));
        } catch (org.autoheal.state.HomeLockedException e) {
            trySend(x, 409, error(e.getMessage()));
        } catch (org.autoheal.config.ConfigException e) {
            trySend(x, 400, error(e.getMessage()));
        } catch (IOException e) {
            LOG.debug("intake: connection closed early: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("intake: {} {} failed", x.getRequestMethod(), x.getRequestURI().getRawPath(), e);
            trySend(x, 500, error("internal error: " + e));
        } finally {
            x.close();
        }
    }

    private void route(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String[] parts = x.getRequestURI().getRawPath().split("/", -1); // "", "v1", ...
        String path = parts.length > 2 && parts[1].equals("v1") ? parts[2] : "";
        switch (path) {
            case "errors" -> {
                if (parts.length != 3) { send(x, 404, error("no such resource")); return; }
                if (!method.equals("POST")) { notAllowed(x, "POST"); return; }
                report(x);
            }
            case "incidents" -> {
                if (!method.equals("GET")) { notAllowed(x, "GET"); return; }
                if (parts.length == 4 && IncidentId.valid(parts[3])) found(x, backend.incident(parts[3]), parts[3]);
                else if (parts.length == 5 && IncidentId.valid(parts[3]) && parts[4].equals("why")) found(x, backend.why(parts[3]), parts[3]);
                else send(x, 404, error("no such resource; use /v1/incidents/{id} or /v1/incidents/{id}/why"));
            }
            case "health" -> {
                if (!method.equals("GET")) { notAllowed(x, "GET"); return; }
                JsonNode h = backend.health();
                send(x, h.path("healthy").asBoolean(false) ? 200 : 503, h);
            }
            case "rules" -> {
                if (!method.equals("GET")) { notAllowed(x, "GET"); return; }
                send(x, 200, backend.rules());
            }
            case "metrics" -> {
                if (!method.equals("GET")) { notAllowed(x, "GET"); return; }
                x.getResponseHeaders().add("Content-Type", metrics.contentType());
                byte[] body = metrics.scrape();
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
            default -> send(x, 404, error("no such resource; see /v1/errors, /v1/incidents/{id}, /v1/health, /v1/rules, /v1/metrics"));
        }
    }

    private void report(HttpExchange x) throws IOException {
        ErrorReport r = ErrorReport.from(RequestJson.parse(readBody(x), ErrorReport.FIELDS));
        if (r.tool() != null && !backend.knowsTool(r.tool())) throw new ErrorReport.BadRequest("unknown tool '" + r.tool() + "'");
        HealGrant heal = HealGrant.of(settings.get().heal(), r);
        send(x, 200, backend.report(r, heal.allowed()).set("heal", heal.json()));
    }

    private byte[] readBody(HttpExchange x) throws IOException {
        int max = settings.get().maxBodyBytes();
        String declared = x.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new ErrorReport.BadRequest("Content-Length is not a number");
            }
            if (length > max) throw new TooLarge(length, max);
        }
        byte[] bytes;
        // a body that dribbles in (slow loris) is cut at the request timeout: closing the exchange
        // before a response closes the connection, and the blocked read fails
        var cut = deadlines.schedule(x::close, requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (InputStream in = x.getRequestBody()) {
            bytes = in.readNBytes(max + 1);
        } finally {
            cut.cancel(false);
        }
        if (bytes.length > max) throw new TooLarge(bytes.length, max);
        return bytes;
    }

    private void found(HttpExchange x, Optional<JsonNode> body, String id) throws IOException {
        if (body.isPresent()) send(x, 200, body.get());
        else send(x, 404, error("no incident '" + id + "' in the journal"));
    }

    private void notAllowed(HttpExchange x, String allow) throws IOException {
        x.getResponseHeaders().add("Allow", allow);
        send(x, 405, error("method " + x.getRequestMethod() + " not allowed; use " + allow));
    }

    private static void send(HttpExchange x, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static void trySend(HttpExchange x, int status, JsonNode body) {
        try {
            send(x, status, body);
        } catch (IOException | RuntimeException e) {
            LOG.debug("intake: could not send {}: {}", status, e.toString());
        }
    }

    private static JsonNode error(String message) {
        return Json.object().put("error", message);
    }

    /** A body past {@code intake.max_body_bytes}: 413, read no further. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(long size, int max) {
            super("request body of " + size + " bytes is over the limit of " + max + " bytes (intake.max_body_bytes)");
        }
    }
}
