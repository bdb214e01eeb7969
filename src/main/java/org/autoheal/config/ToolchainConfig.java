package org.autoheal.config;

import java.util.List;
import java.util.Map;

/** One entry of {@code toolchains} in config/toolchains.json, as written (DESIGN §3). */
record ToolchainConfig(List<String> command, String workdir, String timeout, Map<String, String> env,
                              String python, List<String> pip, List<String> roots, List<String> dependsOn,
                              Map<String, FileTemplate> files, List<String> requires, Boolean watch) {

    /** {@code "files": {"config/settings.json": {"template": "config/defaults.json"}}} */
    public record FileTemplate(String template) {
    }
}
