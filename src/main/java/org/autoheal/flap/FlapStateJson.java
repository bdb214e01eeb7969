package org.autoheal.flap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.autoheal.json.Json;

/** {@code state/flapping.json} to and from {@link FlapState}; anything malformed is an IllegalArgumentException. */
final class FlapStateJson {
    static final int VERSION = 1;
    private static final int MAX_NAME = 200;

    private FlapStateJson() {
    }

    static ObjectNode write(FlapState s) {
        ObjectNode root = Json.object().put("version", VERSION);
        ObjectNode tools = root.putObject("tools");
        s.tools.forEach((name, t) -> {
            ObjectNode n = tools.putObject(name);
            if (t.breaker != null) {
                n.putObject("breaker").put("opened_at", t.breaker.openedAt().toString())
                        .put("cause", t.breaker.cause()).put("failures", t.breaker.failures());
            }
            if (t.healthySince != null) n.put("healthy_since", t.healthySince.toString());
            ArrayNode heals = n.putArray("heals");
            t.heals.forEach(h -> heals.add(h.toString()));
            ObjectNode causes = n.putObject("causes");
            t.causes.forEach((c, cs) -> {
                ObjectNode cn = causes.putObject(c).put("failures", cs.failures);
                if (cs.lastFailure != null) cn.put("last_failure", cs.lastFailure.toString());
            });
        });
        return root;
    }

    static FlapState read(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("unknown version " + root.path("version") + " (expected " + VERSION + ")");
        }
        FlapState s = new FlapState();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(root.get("tools"), "tools").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "tools." + name(e.getKey(), "a tool name");
            JsonNode n = object(e.getValue(), where);
            FlapState.Tool t = s.tool(e.getKey());
            JsonNode b = n.get("breaker");
            if (b != null && !b.isNull()) {
                object(b, where + ".breaker");
                t.breaker = new FlapState.Breaker(instant(b.get("opened_at"), where + ".breaker.opened_at"),
                        text(b.get("cause"), where + ".breaker.cause"), b.path("failures").asInt());
            }
            if (n.hasNonNull("healthy_since")) t.healthySince = instant(n.get("healthy_since"), where + ".healthy_since");
            JsonNode heals = n.path("heals");
            if (!heals.isMissingNode() && !heals.isArray()) throw new IllegalArgumentException(where + ".heals is not an array");
            for (JsonNode h : heals) t.heals.add(instant(h, where + ".heals[]"));
            JsonNode causes = n.path("causes");
            if (causes.isMissingNode()) continue;
            for (Iterator<Map.Entry<String, JsonNode>> ci = object(causes, where + ".causes").fields(); ci.hasNext(); ) {
                Map.Entry<String, JsonNode> ce = ci.next();
                name(ce.getKey(), where + ": a cause name");
                JsonNode cn = object(ce.getValue(), where + ".causes." + ce.getKey());
                FlapState.Cause c = t.cause(ce.getKey());
                c.failures = cn.path("failures").asInt();
                if (c.failures < 0) throw new IllegalArgumentException(where + ".causes." + ce.getKey() + ".failures is negative");
                if (cn.hasNonNull("last_failure")) c.lastFailure = instant(cn.get("last_failure"), where + ".last_failure");
            }
        }
        return s;
    }

    /**
     * Names read back are shown by {@code health} and journaled: AutoHeal only ever writes config
     * names and causes here, so a name with control characters or of unbounded length was not
     * written by it, and the file is treated as corrupt.
     */
    private static String name(String name, String what) {
        boolean printable = name.chars().allMatch(c -> c >= 0x20 && c != 0x7f);
        if (name.isEmpty() || name.length() > MAX_NAME || !printable) {
            throw new IllegalArgumentException(what + " is empty, longer than " + MAX_NAME + " characters or holds control characters");
        }
        return name;
    }

    private static JsonNode object(JsonNode n, String where) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException(where + " is not an object");
        return n;
    }

    private static String text(JsonNode n, String where) {
        if (n == null || !n.isTextual()) throw new IllegalArgumentException(where + " is not a string");
        return n.asText();
    }

    private static Instant instant(JsonNode n, String where) {
        try {
            return Instant.parse(text(n, where));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + n.asText() + "' is not an ISO-8601 instant");
        }
    }
}
