package org.autoheal.config;

import java.util.List;
import java.util.Map;

/** One entry of {@code services} in config/toolchains.json, as written (DESIGN §3). */
record ServiceConfig(List<String> start, List<String> restart, List<String> stop, String workdir,
                            Map<String, String> env, ProbeSpec probe, String readyTimeout) {
}
