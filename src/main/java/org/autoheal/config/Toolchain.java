package org.autoheal.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A validated toolchain with paths resolved against the home. */
public record Toolchain(String name, List<String> command, Path workdir, Duration timeout, Map<String, String> env,
                        String python, List<String> pip, List<Path> roots, List<String> dependsOn,
                        Map<String, Path> templates, List<String> requires, boolean watch) {
}
