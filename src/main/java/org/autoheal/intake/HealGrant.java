package org.autoheal.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.autoheal.json.Json;

/**
 * Whether a reported error is healed and why, from {@code intake.heal} and the request. Sent back
 * with every report as {@code "heal"}, so a heal that config refuses is never silent.
 */
record HealGrant(boolean requested, boolean allowed, String why) {

    static HealGrant of(String mode, ErrorReport r) {
        boolean requested = r.healRequested();
        boolean byConfig = mode.equals("always") || (mode.equals("on_request") && requested);
        if (byConfig && r.tool() == null) {
            // the heal is verified by running the toolchain: without one AutoHeal only diagnoses
            return new HealGrant(requested, false, "no \"tool\" given: a heal is verified by running a toolchain of config/toolchains.json");
        }
        return switch (mode) {
            case "always" -> new HealGrant(requested, true, "intake.heal is \"always\"");
            case "on_request" -> requested ? new HealGrant(true, true, "requested, and intake.heal is \"on_request\"")
                    : new HealGrant(false, false, "not requested (send \"heal\": true to ask)");
            default -> requested
                    ? new HealGrant(true, false, "intake.heal is \"never\" in config/autoheal.json; set \"on_request\" to let requests heal")
                    : new HealGrant(false, false, "not requested, and intake.heal is \"never\" (diagnose only)");
        };
    }

    ObjectNode json() {
        return Json.object().put("requested", requested).put("allowed", allowed).put("why", why);
    }
}
