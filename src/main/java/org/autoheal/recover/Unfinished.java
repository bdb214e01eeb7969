package org.autoheal.recover;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident the journal shows as opened ({@code incident_open}) but never finished (no final
 * {@code incident} record) and not yet recovered (no {@code recovered} record): the process
 * that healed it died.
 *
 * @param id              the incident id
 * @param tool            its toolchain
 * @param at              when it was opened
 * @param applying        the strategy whose {@code apply} record has no {@code attempt} after it
 *                        (it was changing things when the process died), else null
 * @param applyingPlan    that strategy's plan, else null
 * @param verifiedHealed  an attempt was verified as healed; only the final record is missing
 */
public record Unfinished(String id, String tool, String at, String applying, String applyingPlan,
                         boolean verifiedHealed) {

    /** The unfinished incidents in journal order. */
    public static List<Unfinished> in(List<JsonNode> journal) {
        Map<String, Unfinished> open = new LinkedHashMap<>();
        for (JsonNode r : journal) {
            String type = r.path("type").asText();
            switch (type) {
                case "incident_open" -> open.putIfAbsent(r.path("id").asText(),
                        new Unfinished(r.path("id").asText(), r.path("tool").asText(), r.path("at").asText(), null, null, false));
                case "incident" -> open.remove(r.path("id").asText());
                case "recovered" -> open.remove(r.path("incident").asText());
                case "apply" -> open.computeIfPresent(r.path("incident").asText(), (id, u) -> new Unfinished(id, u.tool(),
                        u.at(), r.path("strategy").asText(), r.path("plan").asText(), u.verifiedHealed()));
                case "attempt" -> open.computeIfPresent(r.path("incident").asText(), (id, u) -> new Unfinished(id, u.tool(),
                        u.at(), null, null, u.verifiedHealed() || "healed".equals(r.path("outcome").asText())));
                default -> { }
            }
        }
        return new ArrayList<>(open.values());
    }

    /** The {@code recovered} records by incident id, for {@code history}. */
    public static Map<String, JsonNode> recoveries(List<JsonNode> journal) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode r : journal) {
            if ("recovered".equals(r.path("type").asText())) out.put(r.path("incident").asText(), r);
        }
        return out;
    }
}
