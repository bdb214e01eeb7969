package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.autoheal.config.Settings;
import org.autoheal.json.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The intake's routes. A path is served only when its raw segments are exactly a route's
 * ({@code /v1/health/../rules} and {@code /v1/health/x} are 404, not another route); HEAD is
 * answered like GET without a body; the report body is read asynchronously, so a body that
 * dribbles in holds no thread.
 */
final class IntakeRoutes extends Handler.Abstract {
    private static final String GET = "GET, HEAD";
    private static final String NO_SUCH = "no such resource; see /v1/errors, /v1/incidents/{id}, /v1/health, /v1/rules, /v1/metrics";

    private final IntakeToken token;
    private final IntakeBackend backend;
    private final Metrics metrics;
    /** The intake settings in service now: heal and max_body_bytes follow a config reload. */
    private final java.util.function.Supplier<Settings.Intake> settings;
    private final Executor deciders;

    IntakeRoutes(IntakeToken token, IntakeBackend backend, Metrics metrics, java.util.function.Supplier<Settings.Intake> settings,
                 Executor deciders) {
        this.deciders = deciders;
        this.token = token;
        this.backend = backend;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange x = new Exchange(request, response, callback);
        x.run(() -> {
            if (!token.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"autoheal\"");
                x.send(401, error("missing or wrong bearer token (see state/intake.token)"));
            } else {
                route(x);
            }
        });
        return true;
    }

    private void route(Exchange x) throws Exception {
        String[] parts = x.request().getHttpURI().getPath().split("/", -1); // "", "v1", ...
        String method = x.request().getMethod();
        boolean get = method.equals("GET") || method.equals("HEAD");
        String path = parts.length > 2 && parts[0].isEmpty() && parts[1].equals("v1") ? parts[2] : "";
        switch (path) {
            case "errors" -> {
                if (parts.length != 3) x.send(404, error(NO_SUCH));
                else if (!method.equals("POST")) notAllowed(x, "POST");
                else readReport(x);
            }
            case "incidents" -> {
                boolean one = parts.length == 4 && IncidentId.valid(parts[3]);
                boolean why = parts.length == 5 && IncidentId.valid(parts[3]) && parts[4].equals("why");
                if (!one && !why) x.send(404, error("no such resource; use /v1/incidents/{id} or /v1/incidents/{id}/why"));
                else if (!get) notAllowed(x, GET);
                else found(x, one ? backend.incident(parts[3]) : backend.why(parts[3]), parts[3]);
            }
            case "health", "rules", "metrics" -> {
                if (parts.length != 3) x.send(404, error(NO_SUCH));
                else if (!get) notAllowed(x, GET);
                else if (path.equals("health")) {
                    JsonNode h = backend.health();
                    x.send(h.path("healthy").asBoolean(false) ? 200 : 503, h);
                } else if (path.equals("rules")) {
                    x.send(200, backend.rules());
                } else {
                    x.send(200, metrics.contentType(), metrics.scrape());
                }
            }
            default -> x.send(404, error(NO_SUCH));
        }
    }

    /** Reads the body without holding a thread, then decides the report. */
    private void readReport(Exchange x) {
        int max = settings.get().maxBodyBytes();
        long declared = x.request().getLength();
        if (declared > max) throw new TooLarge(declared, max);
        BodyReader.read(x.request(), max, (body, failure) -> x.run(() -> {
            if (failure != null) throw failure instanceof TimeoutException ? new SlowBody() : failure;
            report(x, body);
        }));
    }

    /**
     * Decides on the deciders' threads, not Jetty's: a decision that hangs (a runaway rule) takes
     * a decider, never the threads that answer health, rules, metrics and incidents; when every
     * decider is busy and the queue is full, a report gets 503 at once.
     */
    private void report(Exchange x, byte[] body) {
        ErrorReport r = ErrorReport.from(RequestJson.parse(body, ErrorReport.FIELDS));
        if (r.tool() != null && !backend.knowsTool(r.tool())) throw new ErrorReport.BadRequest("unknown tool '" + r.tool() + "'");
        HealGrant heal = HealGrant.of(settings.get().heal(), r);
        try {
            deciders.execute(() -> x.run(() -> x.send(200, backend.report(r, heal.allowed()).set("heal", heal.json()))));
        } catch (RejectedExecutionException e) {
            x.response().getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            x.send(503, error("busy: every decider is deciding a report and the queue is full; retry later"));
        }
    }

    private static void found(Exchange x, Optional<JsonNode> body, String id) throws Exception {
        if (body.isPresent()) x.send(200, body.get());
        else x.send(404, error("no incident '" + id + "' in the journal"));
    }

    private static void notAllowed(Exchange x, String allow) throws Exception {
        x.response().getHeaders().put(HttpHeader.ALLOW, allow);
        x.send(405, error("method " + x.request().getMethod() + " not allowed; use " + allow));
    }

    static JsonNode error(String message) {
        return Json.object().put("error", message);
    }

    /** A body past {@code intake.max_body_bytes}: 413, read no further. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long size, int max) {
            super("request body of " + size + " bytes is over the limit of " + max + " bytes (intake.max_body_bytes)");
        }

        TooLarge(int max) {
            super("request body is over the limit of " + max + " bytes (intake.max_body_bytes)");
        }
    }

    /** A body that stopped arriving for {@code intake.request_timeout}. */
    static final class SlowBody extends RuntimeException {
        SlowBody() {
            super("the request body stopped arriving for intake.request_timeout; connection closed");
        }
    }
}
