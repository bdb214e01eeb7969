package org.autoheal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A rollback restores files; a module that {@code install_module} installed stays installed.
 * Said wherever an incident with such an install is rolled back, so nobody thinks it was undone.
 */
final class InstallNote {
    private InstallNote() {
    }

    static Optional<String> of(List<JsonNode> records, String incident) {
        for (JsonNode r : records) {
            if (!r.path("type").asText().equals("incident") || !incident.equals(r.path("id").asText())) continue;
            for (JsonNode a : r.path("attempts")) {
                if (a.path("strategy").asText().equals("install_module") && a.path("outcome").asText().equals("healed")) {
                    String what = a.path("params").path("module").asText("the module");
                    return Optional.of("note: the install of " + what + " by install_module is not undone by rollback;"
                            + " uninstall it with the toolchain's interpreter (python -m pip uninstall) if it must go");
                }
            }
        }
        return Optional.empty();
    }
}
