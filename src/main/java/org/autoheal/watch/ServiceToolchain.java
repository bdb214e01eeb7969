package org.autoheal.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.config.Toolchain;
import org.autoheal.service.ProbeMain;

/**
 * The stand-in toolchain of a service that no toolchain depends on: running it probes the service
 * (its own probe command, or {@link ProbeMain} on this JVM for tcp, http and websocket probes) and
 * fails while the service is down. It depends on the service, so the rules that restart what a
 * toolchain depends on apply, and the heal is verified by probing again: the same pipeline,
 * journal and flapping control as any toolchain, under the name {@code service-NAME}.
 */
final class ServiceToolchain {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ServiceToolchain() {
    }

    /** The stand-in for {@code s}; null when it has no probe to run. */
    static Toolchain of(Service s, Path homeRoot) {
        var p = s.probe();
        if (p == null || p.type() == null) return null;
        boolean own = p.type().equals("command");
        List<String> command = switch (p.type()) {
            case "command" -> p.command();
            case "tcp" -> probeMain(s.name(), "tcp", p.host() == null ? "127.0.0.1" : p.host(), String.valueOf(p.port()));
            case "http" -> probeMain(s.name(), "http", p.url());
            case "websocket", "ws" -> probeMain(s.name(), "websocket", p.url());
            default -> null;
        };
        if (command == null || command.isEmpty()) return null;
        Path workdir = own ? s.workdir() : homeRoot;
        return new Toolchain(s.standInName(), List.copyOf(command), workdir, TIMEOUT, own ? s.env() : Map.of(), "python3",
                List.of(), List.of(workdir), List.of(s.name()), Map.of(), List.of(), false);
    }

    private static List<String> probeMain(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", absoluteClassPath(),
                ProbeMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The probe runs in the home, not where AutoHeal was started: relative class path entries would not resolve. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(e.isEmpty() ? e : Path.of(e).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
