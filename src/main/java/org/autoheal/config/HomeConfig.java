package org.autoheal.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.facts.CustomPattern;

/**
 * Everything configured in a home, read and validated in one go. A missing file means
 * defaults; a broken one is a {@link ConfigException} and nothing else happens.
 */
public record HomeConfig(Home home, Settings settings, Map<String, Toolchain> toolchains,
                         Map<String, Service> services, List<CustomPattern> patterns) {

    public static final Set<String> BUILTIN_STRATEGIES = Set.of("install_module", "fix_permissions", "fix_syntax",
            "restart_service", "create_missing", "repair_json", "fix_import", "reconnect_websocket");
    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}";

    public static HomeConfig load(Home home) {
        return load(home, Set.of());
    }

    /** @param pluginStrategies names of strategies from plugins, valid as pattern solutions too */
    public static HomeConfig load(Home home, Set<String> pluginStrategies) {
        Settings settings = Files.exists(home.settingsFile())
                ? JsonConfigReader.read(home.settingsFile(), "config/autoheal.json", Settings.class) : Settings.DEFAULTS;
        validate(settings);
        ToolchainsFile tf = Files.exists(home.toolchainsFile())
                ? JsonConfigReader.read(home.toolchainsFile(), "config/toolchains.json", ToolchainsFile.class)
                : new ToolchainsFile(null, null);
        Map<String, Service> services = new LinkedHashMap<>();
        tf.services().forEach((name, s) -> services.put(name, service(home, name, s)));
        Map<String, Toolchain> toolchains = new LinkedHashMap<>();
        tf.toolchains().forEach((name, t) -> toolchains.put(name, toolchain(home, name, t, services.keySet())));
        Set<String> strategies = new java.util.HashSet<>(BUILTIN_STRATEGIES);
        strategies.addAll(settings.strategies().keySet());
        strategies.addAll(pluginStrategies);
        Duration budget = Durations.parse(settings.limits().regexBudget(), "config/autoheal.json: limits.regex_budget");
        List<CustomPattern> patterns = Files.exists(home.patternsFile())
                ? PatternsFile.load(home.patternsFile(), strategies, budget) : List.of();
        return new HomeConfig(home, settings, toolchains, services, patterns);
    }

    /** Each toolchain's roots (workdir first), for confining backups and rollbacks to today's config. */
    public Map<String, List<Path>> rootsByTool() {
        Map<String, List<Path>> roots = new java.util.LinkedHashMap<>();
        toolchains.forEach((name, t) -> roots.put(name, t.roots()));
        return roots;
    }

    public Toolchain toolchain(String name) {
        Toolchain t = toolchains.get(name);
        if (t == null) {
            throw new ConfigException("unknown toolchain '" + name + "'; config/toolchains.json defines: "
                    + (toolchains.isEmpty() ? "none" : String.join(", ", toolchains.keySet())));
        }
        return t;
    }

    private static void validate(Settings s) {
        String f = "config/autoheal.json";
        if (s.maxAttempts() < 1 || s.maxAttempts() > 20) throw new ConfigException(f + ": max_attempts must be 1..20");
        Durations.parse(s.learning().halfLife(), f + ": learning.half_life");
        if (s.learning().maxAdjustment() < 0 || s.learning().maxAdjustment() > 1000) {
            throw new ConfigException(f + ": learning.max_adjustment must be 0..1000");
        }
        s.strategies().forEach((name, c) -> {
            if (!name.matches(NAME)) throw new ConfigException(f + ": strategy name '" + name + "' must match " + NAME);
            if (BUILTIN_STRATEGIES.contains(name)) throw new ConfigException(f + ": strategy '" + name + "' is built in; pick another name");
            if (c.command() == null || c.command().isEmpty()) throw new ConfigException(f + ": strategies." + name + ".command is required (an argv list)");
        });
        if (!Settings.Intake.HEAL_MODES.contains(s.intake().heal())) {
            throw new ConfigException(f + ": intake.heal must be one of " + new java.util.TreeSet<>(Settings.Intake.HEAL_MODES));
        }
        if (s.intake().maxBodyBytes() < 1024) throw new ConfigException(f + ": intake.max_body_bytes must be at least 1024");
        Durations.parse(s.intake().requestTimeout(), f + ": intake.request_timeout");
        Duration decision = Durations.parse(s.limits().decisionTimeout(), f + ": limits.decision_timeout");
        if (decision.toMillis() < 10 || decision.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new ConfigException(f + ": limits.decision_timeout must be 10ms..10m, not " + s.limits().decisionTimeout());
        }
    }

    /** How long the rules may take to decide about one error ({@code limits.decision_timeout}). */
    public Duration decisionTimeout() {
        return Durations.parse(settings.limits().decisionTimeout(), "config/autoheal.json: limits.decision_timeout");
    }

    private static Service service(Home home, String name, ServiceConfig s) {
        String where = "config/toolchains.json: services." + name;
        if (!name.matches(NAME)) throw new ConfigException(where + ": the name must match " + NAME);
        if (s.start() == null && s.restart() == null) {
            throw new ConfigException(where + ": needs 'start' (a foreground command AutoHeal runs) or 'restart'");
        }
        if (s.start() != null && s.start().isEmpty()) throw new ConfigException(where + ".start: empty command");
        if (s.probe() != null) {
            String type = s.probe().type();
            if (!Set.of("tcp", "http", "websocket", "command").contains(String.valueOf(type))) {
                throw new ConfigException(where + ".probe.type: '" + type + "' is not one of tcp, http, websocket, command");
            }
            boolean ok = switch (type) {
                case "tcp" -> s.probe().port() != null;
                case "command" -> s.probe().command() != null && !s.probe().command().isEmpty();
                default -> s.probe().url() != null;
            };
            if (!ok) throw new ConfigException(where + ".probe: a " + type + " probe needs " + switch (type) {
                case "tcp" -> "host and port";
                case "command" -> "a command";
                default -> "a url";
            });
        }
        return new Service(name, s.start(), s.restart(), s.stop(), dir(home, s.workdir()), nz(s.env()), s.probe(),
                Durations.parseOr(s.readyTimeout(), Duration.ofSeconds(20), where + ".ready_timeout"));
    }

    private static Toolchain toolchain(Home home, String name, ToolchainConfig t, Set<String> services) {
        String where = "config/toolchains.json: toolchains." + name;
        if (!name.matches(NAME)) throw new ConfigException(where + ": the name must match " + NAME);
        if (t.command() == null || t.command().isEmpty()) throw new ConfigException(where + ".command is required (an argv list)");
        Path workdir = dir(home, t.workdir());
        List<Path> roots = new ArrayList<>();
        roots.add(workdir);
        if (t.roots() != null) t.roots().forEach(r -> roots.add(home.root().resolve(r).normalize()));
        List<String> deps = t.dependsOn() == null ? List.of() : t.dependsOn();
        for (String d : deps) {
            if (!services.contains(d)) throw new ConfigException(where + ".depends_on: unknown service '" + d + "'; defined: " + services);
        }
        Map<String, Path> templates = new LinkedHashMap<>();
        if (t.files() != null) t.files().forEach((f, tpl) -> templates.put(f, home.root().resolve(tpl.template()).normalize()));
        String python = t.python() != null ? t.python() : isPython(t.command().get(0)) ? t.command().get(0) : "python3";
        return new Toolchain(name, List.copyOf(t.command()), workdir,
                Durations.parseOr(t.timeout(), Duration.ofSeconds(60), where + ".timeout"), nz(t.env()), python,
                t.pip() == null ? List.of() : t.pip(), roots, deps, templates,
                t.requires() == null ? List.of() : t.requires(), t.watch() != null && t.watch());
    }

    /** DESIGN §3: the interpreter defaults to command[0] when that is a Python (python, python3, venv/bin/python3.11). */
    static boolean isPython(String program) {
        String name = Path.of(program).getFileName().toString();
        return name.startsWith("python") && name.substring(6).chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static Path dir(Home home, String workdir) {
        return home.root().resolve(workdir == null ? "." : workdir).normalize();
    }

    private static Map<String, String> nz(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
