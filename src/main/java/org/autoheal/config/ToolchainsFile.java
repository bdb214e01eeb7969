package org.autoheal.config;

import java.util.Map;

/** config/toolchains.json as written. */
record ToolchainsFile(Map<String, ToolchainConfig> toolchains, Map<String, ServiceConfig> services) {
    public ToolchainsFile {
        toolchains = toolchains == null ? Map.of() : toolchains;
        services = services == null ? Map.of() : services;
    }
}
