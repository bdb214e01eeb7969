package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.autoheal.engine.Decision;
import org.autoheal.heal.Attempt;
import org.autoheal.heal.Incident;
import org.junit.jupiter.api.Test;

/** What the Prometheus counters count, read back from the text a scrape returns. */
class MetricsTest {
    final Metrics metrics = new Metrics(() -> 0);

    @Test
    void healDuration_countsOnlyIncidentsWhereAStrategyActed() {
        for (int n = 0; n < 4; n++) metrics.incident(incident(Incident.DIAGNOSED), 0.01);
        metrics.incident(incident(Incident.FAILED, Attempt.SKIPPED), 0.01); // watch without --yes: planned only
        metrics.incident(incident(Incident.HEALED, Attempt.HEALED), 0.2);
        metrics.incident(incident(Incident.FAILED, Attempt.FAILED, Attempt.ERROR), 3);

        String text = new String(metrics.scrape(), StandardCharsets.UTF_8);
        assertThat(text).contains("autoheal_heal_duration_seconds_count 2")
                .contains("autoheal_heal_duration_seconds_bucket{le=\"0.25\"} 1")
                .contains("autoheal_incidents_total{cause=\"none\",outcome=\"diagnosed\"} 4")
                .contains("autoheal_attempts_total{outcome=\"skipped\",strategy=\"s\"} 1");
    }

    private static Incident incident(String outcome, String... attempts) {
        List<Attempt> tried = new java.util.ArrayList<>();
        for (String a : attempts) tried.add(new Attempt("s", "r", 0, 0, Map.of(), a, null, null, List.of(), 0));
        return new Incident("i", "build", new Decision(null, List.of(), List.of(), List.of(), List.of(), "v"), Instant.now(), tried, outcome);
    }
}
