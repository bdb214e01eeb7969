package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.time.Duration;
import java.util.Map;
import org.autoheal.config.ProbeSpec;
import org.autoheal.config.Service;
import org.autoheal.service.ProbeResult;
import org.autoheal.service.Probes;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.Verification;
import org.autoheal.strategy.pip.PackageNames;

/**
 * {@code reconnect_websocket}: checks the endpoint with a real RFC 6455 handshake, restarts
 * its configured service when it does not answer, then re-runs the client with bounded
 * backoff (5 runs, at most about 10 s of waiting: it never loops forever).
 */
public final class ReconnectWebsocket implements Strategy {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}");
    static final Verification RETRY = new Verification(5, Duration.ofMillis(500), Duration.ofSeconds(4));

    @Override
    public String name() {
        return "reconnect_websocket";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        String serviceName = params.get("service");
        Service service = serviceName == null ? null : ServiceSpecs.configured(ctx.services(), serviceName);
        String url = service != null && service.probe().url() != null
                ? service.probe().url() : loopbackUrl(Params.required(params, "url"));
        return new Action() {
            @Override
            public String describe() {
                return "check " + url + " with a WebSocket handshake"
                        + (service == null ? "" : ", restart service " + service.name() + " if it does not answer")
                        + ", then re-run the client up to " + RETRY.attempts() + " times with backoff";
            }

            @Override
            public String apply() throws IOException {
                ProbeResult probe = Probes.of(ProbeSpec.websocket(url)).check(PROBE_TIMEOUT);
                if (probe.up()) return "the server at " + url + " answers the handshake (" + probe.detail() + "); reconnecting";
                if (service == null) return "the server at " + url + " is down (" + probe.detail() + ") and no service is configured for it; retrying the client";
                return "handshake failed (" + probe.detail() + "); " + RestartService.restart(ctx, service);
            }

            @Override
            public Verification verification() {
                return RETRY;
            }
        };
    }

    /**
     * A URL taken from error text is only ever probed on this machine, and only at its host and
     * port: the path, query and user info in the text are dropped (they would be a request that
     * error text makes AutoHeal send), and the host must be written as loopback (localhost,
     * 127.x.x.x or ::1), never a name that a resolver is asked about.
     */
    static String loopbackUrl(String url) throws Refusal {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refusal("not a usable WebSocket URL: " + PackageNames.quote(url));
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) throw new Refusal("not a WebSocket URL: " + PackageNames.quote(url));
        String host = u.getHost();
        if (host == null || !isLoopbackLiteral(host)) {
            throw new Refusal("will not probe " + PackageNames.quote(url) + ": URLs from error text are only probed on loopback;"
                    + " configure the service");
        }
        int port = u.getPort() > 0 ? u.getPort() : scheme.equals("ws") ? 80 : 443;
        try {
            return new URI(scheme, null, host, port, "/", null, null).toString();
        } catch (URISyntaxException e) {
            throw new Refusal("not a usable WebSocket URL: " + PackageNames.quote(url));
        }
    }

    private static boolean isLoopbackLiteral(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean ipv4 = IPV4.matcher(literal).matches();
        boolean ipv6 = host.startsWith("[") && IPV6.matcher(literal).matches();
        if (!ipv4 && !ipv6) return false;
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // a literal: no resolver is asked
        } catch (IOException e) {
            return false;
        }
    }
}
