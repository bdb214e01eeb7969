package org.autoheal.health;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.autoheal.json.Json;
import org.autoheal.flap.FlapStatus;

/**
 * The health report as one JSON object: {@code healthy}, every check, the failed ones again
 * under {@code failed}, and the flapping state per toolchain.
 */
public final class HealthJson {
    private HealthJson() {
    }

    public static ObjectNode of(HealthReport r) {
        ObjectNode root = Json.object();
        root.put("healthy", r.healthy());
        root.put("at", r.at().toString());
        ArrayNode checks = root.putArray("checks");
        r.checks().forEach(c -> checks.add(check(c)));
        ArrayNode failed = root.putArray("failed");
        r.failed().forEach(c -> failed.add(check(c)));
        ObjectNode flapping = root.putObject("flapping");
        r.flapping().forEach((tool, f) -> flapping.set(tool, flap(f)));
        return root;
    }

    static ObjectNode check(Check c) {
        ObjectNode n = Json.object();
        if (c.kind().equals(Check.SERVICE)) n.put("service", c.subject()); else n.put("tool", c.scope());
        n.put("kind", c.kind()).put("subject", c.subject()).put("ok", c.ok()).put("detail", c.detail());
        Json.putIfPresent(n, "line", c.line());
        Json.putIfPresent(n, "column", c.column());
        return n;
    }

    static ObjectNode flap(FlapStatus f) {
        ObjectNode n = Json.object();
        n.put("needs_attention", f.needsAttention());
        n.put("breaker", f.needsAttention() ? "open" : "closed");
        putTime(n, "breaker_opened_at", f.breakerOpenedAt());
        Json.putIfPresent(n, "breaker_cause", f.breakerCause());
        n.put("heals_in_window", f.healsInWindow()).put("max_heals_per_window", f.maxHealsPerWindow());
        if (f.windowFullUntil() != null) n.put("window_full_until", f.windowFullUntil().toString());
        putTime(n, "healthy_since", f.healthySince());
        ArrayNode causes = n.putArray("causes");
        for (FlapStatus.CauseStatus c : f.causes()) {
            ObjectNode cn = causes.addObject().put("cause", c.cause()).put("failures", c.failures());
            putTime(cn, "last_failure", c.lastFailure());
            putTime(cn, "backoff_until", c.backoffUntil());
        }
        return n;
    }

    private static void putTime(ObjectNode n, String key, Instant t) {
        if (t != null) n.put(key, t.toString());
    }
}
