package org.autoheal.config;

import java.util.List;
import java.util.Map;

/** One entry of {@code services} in config/toolchains.json, as written (DESIGN §3). */
public record ServiceConfig(List<String> start, List<String> restart, List<String> stop, String workdir,
                            Map<String, String> env, Probe probe, String readyTimeout) {

    /** {@code {"type": "tcp|http|websocket|command", "host", "port", "url", "command"}} */
    public record Probe(String type, String host, Integer port, String url, List<String> command) {
    }
}
