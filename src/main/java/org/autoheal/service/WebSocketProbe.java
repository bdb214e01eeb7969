package org.autoheal.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Up only when the server completes a real RFC 6455 opening handshake (HTTP 101 with a valid
 * Sec-WebSocket-Accept, checked by the JDK client). A port that merely accepts TCP, or an HTTP
 * server answering 200 or 503, is down. The connection is closed with 1000 afterwards.
 */
final class WebSocketProbe implements Probe {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
    private final URI url;
    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    public WebSocketProbe(URI url) {
        String scheme = url.getScheme();
        if (!("ws".equalsIgnoreCase(scheme) || "wss".equalsIgnoreCase(scheme)) || url.getHost() == null
                || url.getFragment() != null) {
            throw new IllegalArgumentException("websocket probe needs a ws:// or wss:// URL with a host and no fragment, got " + url);
        }
        this.url = url;
    }

    @Override
    public ProbeResult check(Duration timeout) {
        long t0 = System.nanoTime();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        CompletableFuture<WebSocket> handshake = client.newWebSocketBuilder()
                .connectTimeout(timeout)
                .buildAsync(url, new ClosingListener(closed));
        WebSocket ws;
        try {
            ws = handshake.get(Probes.millis(timeout), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handshake.cancel(true);
            return ProbeResult.down("no WebSocket handshake from " + url + " within " + Texts.human(timeout), t0);
        } catch (ExecutionException e) {
            return ProbeResult.down(failure(e.getCause()), t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handshake.cancel(true);
            return ProbeResult.down("interrupted while probing " + url, t0);
        }
        ProbeResult result = ProbeResult.up("WebSocket handshake OK (HTTP 101) at " + url, t0);
        closeQuietly(ws, closed);
        return result;
    }

    private String failure(Throwable cause) {
        if (cause instanceof WebSocketHandshakeException h && h.getResponse() != null) {
            return "WebSocket handshake at " + url + " refused: HTTP " + h.getResponse().statusCode() + " (expected 101)";
        }
        return "WebSocket handshake at " + url + " failed: " + Probes.describe(cause);
    }

    /** Sends a normal close and waits briefly for the server's close; aborts the socket if it does not come. */
    private static void closeQuietly(WebSocket ws, CompletableFuture<Void> closed) {
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "autoheal probe").get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            closed.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the handshake already proved the service is up; only the goodbye failed
        } finally {
            ws.abort();
        }
    }

    private record ClosingListener(CompletableFuture<Void> closed) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(null);
        }
    }

    @Override
    public String target() {
        return "websocket " + url;
    }
}
