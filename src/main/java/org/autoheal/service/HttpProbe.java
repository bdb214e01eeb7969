package org.autoheal.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Up when a GET answers 2xx or 3xx. Redirects are not followed: a 3xx means the server is answering. */
final class HttpProbe implements Probe {
    private final URI url;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY) // a probe asks the service itself, never a proxy
            .build();

    public HttpProbe(URI url) {
        String scheme = url.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException("http probe needs an http:// or https:// URL with a host, got " + url);
        }
        this.url = url;
    }

    @Override
    public ProbeResult check(Duration timeout) {
        long t0 = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<Void>> future = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = future.get(Probes.millis(timeout), TimeUnit.MILLISECONDS).statusCode();
            String detail = "HTTP " + status + " from " + url;
            return status >= 200 && status < 400 ? ProbeResult.up(detail, t0) : ProbeResult.down(detail, t0);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ProbeResult.down("no HTTP response from " + url + " within " + Texts.human(timeout), t0);
        } catch (ExecutionException e) {
            return ProbeResult.down("GET " + url + " failed: " + Probes.describe(e.getCause()), t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return ProbeResult.down("interrupted while probing " + url, t0);
        }
    }

    @Override
    public String target() {
        return "http " + url;
    }
}
