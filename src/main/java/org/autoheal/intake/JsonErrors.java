package org.autoheal.intake;

import java.nio.ByteBuffer;
import org.autoheal.json.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself (a request line it cannot parse, headers over the limit, a timed
 * out body) in the intake's shape, {@code {"error": "…"}}, instead of Jetty's HTML page.
 */
final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws com.fasterxml.jackson.core.JsonProcessingException {
        String reason = HttpStatus.getMessage(code);
        String text = message == null || message.isBlank() || message.equals(reason) ? code + " " + reason : code + " " + reason + ": " + message;
        byte[] body = Json.MAPPER.writeValueAsBytes(Json.object().put("error", text.length() > 200 ? text.substring(0, 200) : text));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
