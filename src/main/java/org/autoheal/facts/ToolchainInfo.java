package org.autoheal.facts;

import java.util.List;

/**
 * The configured toolchain an error came from, as a fact rules can join on: its argv
 * ({@code command}), its workdir relative to the home, and the files it names ({@code files}).
 */
public record ToolchainInfo(String name, String python, List<String> dependsOn, List<String> command, String workdir,
                            List<String> files) {
    public ToolchainInfo {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        command = command == null ? List.of() : List.copyOf(command);
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ToolchainInfo(String name, String python, List<String> dependsOn) {
        this(name, python, dependsOn, List.of(), null, List.of());
    }

    public boolean dependsOn(String service) {
        return dependsOn.contains(service);
    }
}
