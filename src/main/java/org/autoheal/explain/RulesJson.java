package org.autoheal.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import org.autoheal.engine.RuleInfo;
import org.autoheal.json.Json;
import org.autoheal.learn.Evidence;

/** `rules list --json` and the intake's {@code GET /v1/rules}: each rule with base, learned and effective salience. */
public final class RulesJson {
    private RulesJson() {
    }

    public static ObjectNode of(Collection<RuleInfo> rules, Map<String, Map<String, Evidence>> learned, String version) {
        ObjectNode root = Json.object();
        root.put("rules_version", version);
        ArrayNode a = root.putArray("rules");
        for (RuleInfo r : rules) {
            ObjectNode n = a.addObject();
            n.put("name", r.name());
            n.put("kind", r.kind());
            n.put("at", r.location());
            n.put("base", r.baseSalience());
            n.put("description", r.description());
            ArrayNode causes = n.putArray("learned");
            for (Evidence e : learned.getOrDefault(r.name(), Map.of()).values()) {
                causes.addObject().put("cause", e.cause()).put("learned", e.adjustment())
                        .put("effective", r.baseSalience() + e.adjustment()).put("successes", e.successes())
                        .put("failures", e.failures()).put("evidence", e.describe());
            }
        }
        return root;
    }
}
