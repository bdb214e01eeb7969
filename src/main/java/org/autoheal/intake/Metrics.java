package org.autoheal.intake;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.IntSupplier;
import org.autoheal.heal.Attempt;
import org.autoheal.heal.Incident;

/**
 * The counters {@code GET /v1/metrics} exposes in Prometheus text format: incidents by cause and
 * outcome, attempts by strategy and outcome, heal durations, rule reloads, breakers open. One
 * registry per instance, so tests and several daemons in one JVM do not share counts.
 */
public final class Metrics {
    /** Attempt outcomes where a strategy was applied; skipped, dry_run and refused changed nothing. */
    private static final Set<String> ACTED = Set.of(Attempt.HEALED, Attempt.FAILED, Attempt.ERROR);
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter incidents = Counter.builder().name("autoheal_incidents_total")
            .help("Incidents by diagnosed cause and outcome").labelNames("cause", "outcome").register(registry);
    private final Counter attempts = Counter.builder().name("autoheal_attempts_total")
            .help("Strategy attempts by strategy and outcome").labelNames("strategy", "outcome").register(registry);
    private final Histogram healSeconds = Histogram.builder().name("autoheal_heal_duration_seconds")
            .help("Time from decision to the verified (or failed) end of an incident")
            .classicOnly().classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300).register(registry);
    private final Counter reloads = Counter.builder().name("autoheal_rule_reloads_total")
            .help("Hot reloads of rules and config by result").labelNames("result").register(registry);

    public Metrics(IntSupplier breakersOpen) {
        GaugeWithCallback.builder().name("autoheal_breakers_open")
                .help("Toolchains whose circuit breaker is open (needs attention)")
                .callback(cb -> cb.call(breakersOpen.getAsInt())).register(registry);
    }

    /**
     * An incident and its attempts, with the time it took. The time goes to the heal histogram only
     * when a strategy acted: diagnose-only reports and unapproved plans would drown the heal times.
     */
    public void incident(Incident i, double seconds) {
        incident(i.decision().primary() == null ? null : i.decision().primary().getCause(), i.outcome());
        i.attempts().forEach(a -> attempt(a.strategy(), a.outcome()));
        if (i.attempts().stream().anyMatch(a -> ACTED.contains(a.outcome()))) heal(seconds);
    }

    public void incident(String cause, String outcome) {
        incidents.labelValues(cause == null ? "none" : cause, outcome).inc();
    }

    public void heal(double seconds) {
        healSeconds.observe(seconds);
    }

    public void attempt(String strategy, String outcome) {
        attempts.labelValues(strategy, outcome).inc();
    }

    public void reload(boolean ok) {
        reloads.labelValues(ok ? "ok" : "rejected").inc();
    }

    public String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
