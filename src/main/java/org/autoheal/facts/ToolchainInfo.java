package org.autoheal.facts;

import java.util.List;

/** The configured toolchain an error came from, as a fact rules can join on. */
public record ToolchainInfo(String name, String python, List<String> dependsOn) {
    public ToolchainInfo {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public boolean dependsOn(String service) {
        return dependsOn.contains(service);
    }
}
