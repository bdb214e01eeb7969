package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.autoheal.api.AutoHeal;
import org.autoheal.api.DaemonAccess;
import org.autoheal.explain.DecisionJson;
import org.autoheal.explain.RulesJson;
import org.autoheal.explain.WhyJson;
import org.autoheal.health.HealthChecks;
import org.autoheal.health.HealthJson;
import org.autoheal.heal.Incident;
import org.autoheal.heal.IncidentJson;

/** The intake's requests answered by the Java API: the same rule base, journal, learning and reloads as the CLI. */
public final class ApiBackend implements IntakeBackend {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private final AutoHeal autoheal;
    private final Metrics metrics;

    public ApiBackend(AutoHeal autoheal, Metrics metrics) {
        this.autoheal = autoheal;
        this.metrics = metrics;
    }

    /** Toolchains whose circuit breaker is open now: the metrics gauge. */
    public static int breakersOpen(AutoHeal autoheal) {
        // toolchains and lone services healed by watch as service-NAME, from one read of the state
        return (int) autoheal.flapping().breakersOpen();
    }

    @Override
    public ObjectNode report(ErrorReport r, boolean heal) {
        long t0 = System.nanoTime();
        Incident i = autoheal.report(r.tool(), r.text(), r.exitCode(), heal);
        metrics.incident(i, (System.nanoTime() - t0) / 1e9);
        ObjectNode json = IncidentJson.incident(i, false);
        ArrayNode proposals = json.putArray("proposals");
        i.decision().proposals().forEach(p -> proposals.add(DecisionJson.proposal(p)));
        return json;
    }

    @Override
    public Optional<JsonNode> incident(String id) {
        return autoheal.incident(id);
    }

    @Override
    public Optional<JsonNode> why(String id) {
        return autoheal.why(id).map(WhyJson::of);
    }

    @Override
    public JsonNode health() {
        var report = new HealthChecks(autoheal.config(), DaemonAccess.flapGuard(autoheal), PROBE_TIMEOUT, Clock.systemUTC()).run(null);
        return HealthJson.of(report);
    }

    @Override
    public JsonNode rules() {
        var s = autoheal.snapshot();
        return RulesJson.of(s.rules().catalog().all(), autoheal.learned().byRule(), s.rules().version());
    }

    @Override
    public boolean knowsTool(String tool) {
        return autoheal.config().toolchains().containsKey(tool);
    }
}
