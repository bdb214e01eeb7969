package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.service.ProbeResult;
import org.autoheal.service.ProbeSpec;
import org.autoheal.service.Probes;
import org.autoheal.service.ServiceSpec;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.Verification;

/**
 * {@code reconnect_websocket}: checks the endpoint with a real RFC 6455 handshake, restarts
 * its configured service when it does not answer, then re-runs the client with bounded
 * backoff (5 runs, at most about 10 s of waiting: it never loops forever).
 */
public final class ReconnectWebsocket implements Strategy {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    static final Verification RETRY = new Verification(5, Duration.ofMillis(500), Duration.ofSeconds(4));

    @Override
    public String name() {
        return "reconnect_websocket";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        String serviceName = params.get("service");
        Service service = serviceName == null ? null : ServiceSpecs.configured(ctx.services(), serviceName);
        String url = service != null && service.probe() != null && service.probe().url() != null
                ? service.probe().url() : loopbackUrl(Params.required(params, "url"));
        ServiceSpec spec = service == null ? null : ServiceSpecs.of(service);
        return new Action() {
            @Override
            public String describe() {
                return "check " + url + " with a WebSocket handshake"
                        + (spec == null ? "" : ", restart service " + spec.name() + " if it does not answer")
                        + ", then re-run the client up to " + RETRY.attempts() + " times with backoff";
            }

            @Override
            public String apply() throws IOException {
                ProbeResult probe = Probes.of(ProbeSpec.websocket(url)).check(PROBE_TIMEOUT);
                if (probe.up()) return "the server at " + url + " answers the handshake (" + probe.detail() + "); reconnecting";
                if (spec == null) return "the server at " + url + " is down (" + probe.detail() + ") and no service is configured for it; retrying the client";
                return "handshake failed (" + probe.detail() + "); " + RestartService.restart(ctx, spec);
            }

            @Override
            public Verification verification() {
                return RETRY;
            }
        };
    }

    /** A URL taken from error text is only ever probed on this machine. */
    static String loopbackUrl(String url) throws Refusal {
        try {
            URI u = URI.create(url);
            if (!"ws".equals(u.getScheme()) && !"wss".equals(u.getScheme())) throw new Refusal("not a WebSocket URL: " + url);
            if (u.getHost() == null || !InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
                throw new Refusal("will not probe " + url + ": URLs from error text are only probed on loopback; configure the service");
            }
            return u.toString();
        } catch (IllegalArgumentException | IOException e) {
            throw new Refusal("not a usable WebSocket URL: " + url);
        }
    }
}
