package org.autoheal.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** What the HTTP intake asks of AutoHeal; {@link ApiBackend} answers it with the Java API. */
interface IntakeBackend {
    /** Decides (and heals when {@code heal}) a reported error; the incident as JSON, journaled once. */
    ObjectNode report(ErrorReport report, boolean heal);

    Optional<JsonNode> incident(String id);

    Optional<JsonNode> why(String id);

    /** The health report as JSON, with a boolean "healthy" at the top. */
    JsonNode health();

    JsonNode rules();

    /** Is this tool name known to the home's config (null = no toolchain named)? */
    boolean knowsTool(String tool);
}
