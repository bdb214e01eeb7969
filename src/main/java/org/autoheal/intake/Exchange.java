package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autoheal.config.ConfigException;
import org.autoheal.json.Json;
import org.autoheal.state.HomeLockedException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its answer: runs a step of the routes, turns what it throws into the intake's
 * status codes ({@code {"error": …}} bodies), and completes Jetty's callback exactly once.
 */
record Exchange(Request request, Response response, Callback callback, AtomicBoolean answered) {
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    Exchange(Request request, Response response, Callback callback) {
        this(request, response, callback, new AtomicBoolean());
    }

    interface Step {
        void run() throws Throwable;
    }

    void run(Step step) {
        try {
            step.run();
        } catch (ErrorReport.BadRequest | ConfigException e) {
            send(400, IntakeRoutes.error(e.getMessage()));
        } catch (IntakeRoutes.TooLarge e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the rest of the body is not read
            send(413, IntakeRoutes.error(e.getMessage()));
        } catch (IntakeRoutes.SlowBody e) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            send(408, IntakeRoutes.error(e.getMessage()));
        } catch (HomeLockedException e) {
            send(409, IntakeRoutes.error(e.getMessage()));
        } catch (java.io.IOException e) {
            LOG.debug("intake: connection closed early: {}", e.toString());
            if (answered.compareAndSet(false, true)) callback.failed(e);
        } catch (Error e) {
            if (answered.compareAndSet(false, true)) callback.failed(e); // Jetty closes the connection
            throw e;
        } catch (Throwable e) {
            LOG.warn("intake: {} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            send(500, IntakeRoutes.error("internal error: " + e));
        }
    }

    void send(int status, JsonNode body) {
        try {
            send(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void send(int status, String contentType, byte[] body) {
        if (!answered.compareAndSet(false, true)) return;
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException("response already committed"));
            return;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback); // for HEAD Jetty sends the headers only
    }
}
