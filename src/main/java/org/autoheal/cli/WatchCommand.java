package org.autoheal.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.config.HomeConfig;
import org.autoheal.reload.RestartOnlySettings;
import org.autoheal.config.Durations;
import org.autoheal.heal.Approver;
import org.autoheal.intake.ApiBackend;
import org.autoheal.intake.IntakeServer;
import org.autoheal.intake.IntakeToken;
import org.autoheal.intake.Metrics;
import org.autoheal.watch.StopSignals;
import org.autoheal.watch.WatchLoop;
import org.autoheal.watch.WatchRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code autoheal watch}: the daemon. Checks and heals every interval, hot-reloads, optionally serves the intake. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Run the health checks every interval and heal failures; hot-reload rules/ and config/; "
                + "optionally serve a token-protected local HTTP intake. SIGTERM/SIGINT: finish the heal in flight, exit 0.")
final class WatchCommand implements Callable<Integer> {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--interval", paramLabel = "D", defaultValue = "30s", description = "between rounds (default ${DEFAULT-VALUE})")
    String interval;

    @Option(names = "--yes", description = "approve heals (else only with auto_approve in config/autoheal.json; unapproved heals are planned and journaled)")
    boolean yes;

    @Option(names = "--listen", paramLabel = "HOST:PORT", description = "serve the HTTP intake there (loopback unless intake.allow_remote)")
    String listen;

    @Override
    public Integer call() throws Exception {
        Duration every = Durations.parse(interval, "--interval");
        InetSocketAddress address = listen == null ? null : address(listen);
        AutoHeal autoheal = AutoHeal.open(top.existingHome().root());
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> events = line -> {
            synchronized (out) {
                out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
                out.flush();
            }
        };
        Metrics metrics = new Metrics(() -> ApiBackend.breakersOpen(autoheal));
        HomeConfig started = autoheal.config();
        java.util.concurrent.atomic.AtomicBoolean listening = new java.util.concurrent.atomic.AtomicBoolean();
        autoheal.onReload(e -> {
            // every other setting applies from the next round or request; these need a restart, and the line says so
            events.accept("reload: " + e.summary() + (e.ok() ? RestartOnlySettings.note(started, autoheal.config(), listening.get()) : ""));
            metrics.reload(e.ok());
        });
        boolean approved = yes || autoheal.config().settings().autoApprove();
        // auto_approve is read per heal, so a reload that sets it applies from the next heal
        Approver approver = yes ? Approver.ALWAYS : (incident, proposal, plan) -> autoheal.config().settings().autoApprove();
        WatchRound round = new WatchRound(autoheal, approver, PROBE_TIMEOUT, events,
                i -> metrics.incident(i, Duration.between(i.started(), Instant.now()).toMillis() / 1000.0));
        WatchLoop loop = new WatchLoop(every, round, events, Clock.systemUTC());
        StopSignals.install(() -> {
            events.accept("stop requested: finishing the heal in flight");
            loop.stop();
        });
        try (AutoCloseable reloads = autoheal.watchForChanges(); IntakeServer intake = intake(autoheal, address, metrics)) {
            listening.set(intake != null);
            events.accept("watching " + autoheal.config().toolchains().size() + " toolchain(s) and "
                    + autoheal.config().services().size() + " service(s) every " + interval + "; heals "
                    + (approved ? "approved" : "only planned (no --yes, no auto_approve)")
                    + (intake == null ? "" : "; intake on http://" + intake.address().getAddress().getHostAddress() + ":"
                    + intake.address().getPort() + "/v1/"));
            loop.run();
        }
        events.accept("stopped");
        return ExitCode.OK;
    }

    private static IntakeServer intake(AutoHeal autoheal, InetSocketAddress address, Metrics metrics) {
        if (address == null) return null;
        var settings = autoheal.config().settings().intake();
        try {
            return IntakeServer.start(address, () -> autoheal.config().settings().intake(),
                    Durations.parse(settings.requestTimeout(), "intake.request_timeout"),
                    IntakeToken.loadOrCreate(autoheal.config().home().state()), new ApiBackend(autoheal, metrics), metrics);
        } catch (java.io.IOException e) {
            throw new ConfigException("--listen " + address.getHostString() + ":" + address.getPort() + ": " + e.getMessage());
        }
    }

    /** HOST:PORT (HOST may be a name, an IPv4 address or a bracketed IPv6 address). */
    static InetSocketAddress address(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) throw new ConfigException("--listen: expected HOST:PORT, got '" + spec + "'");
        String host = spec.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port;
        try {
            port = Integer.parseInt(spec.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ConfigException("--listen: '" + spec.substring(colon + 1) + "' is not a port number");
        }
        if (port < 0 || port > 65535) throw new ConfigException("--listen: port " + port + " is out of range 0..65535");
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (java.net.UnknownHostException e) {
            throw new ConfigException("--listen: unknown host '" + host + "'");
        }
    }
}
