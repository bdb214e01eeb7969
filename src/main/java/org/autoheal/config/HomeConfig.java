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
        return load(home, pluginStrategies, null);
    }

    /**
     * For the commands that need no rules ({@code history}, {@code rollback}, {@code health}): a
     * broken patterns file is passed to {@code patternsBroken} (the message naming the file and
     * the pattern) and the config is loaded without patterns; anything else broken still throws.
     */
    public static HomeConfig loadWithoutRules(Home home, Set<String> pluginStrategies,
                                              java.util.function.Consumer<String> patternsBroken) {
        return load(home, pluginStrategies, patternsBroken);
    }

    private static HomeConfig load(Home home, Set<String> pluginStrategies, java.util.function.Consumer<String> patternsBroken) {
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
        List<CustomPattern> patterns = List.of();
        try {
            if (Files.exists(home.patternsFile())) patterns = PatternsFile.load(home.patternsFile(), strategies, budget);
        } catch (ConfigException e) {
            if (patternsBroken == null) throw e;
            patternsBroken.accept(e.getMessage());
        }
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
        ConfigChecks.settings(s);
        s.strategies().forEach((name, c) -> {
            if (!name.matches(NAME)) throw new ConfigException(f + ": strategy name '" + ConfigChecks.clip(name) + "' must match " + NAME);
            if (BUILTIN_STRATEGIES.contains(name)) throw new ConfigException(f + ": strategy '" + name + "' is built in; pick another name");
        });
        if (!Settings.Intake.HEAL_MODES.contains(s.intake().heal())) {
            throw new ConfigException(f + ": intake.heal must be one of " + new java.util.TreeSet<>(Settings.Intake.HEAL_MODES));
        }
        if (s.intake().maxBodyBytes() < 1024) throw new ConfigException(f + ": intake.max_body_bytes must be at least 1024");
        ConfigChecks.positive(s.intake().requestTimeout(), null, f + ": intake.request_timeout");
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
        List<String> start = s.start() == null ? null : ConfigChecks.argv(s.start(), where + ".start");
        List<String> restart = s.restart() == null ? null : ConfigChecks.argv(s.restart(), where + ".restart");
        List<String> stop = s.stop() == null ? null : ConfigChecks.argv(s.stop(), where + ".stop");
        ConfigChecks.probe(s.probe(), where + ".probe");
        return new Service(name, start, restart, stop, dir(home, s.workdir(), where + ".workdir"),
                ConfigChecks.env(s.env(), where + ".env"), s.probe(),
                ConfigChecks.positive(s.readyTimeout(), Duration.ofSeconds(20), where + ".ready_timeout"));
    }

    private static Toolchain toolchain(Home home, String name, ToolchainConfig t, Set<String> services) {
        String where = "config/toolchains.json: toolchains." + name;
        if (!name.matches(NAME)) throw new ConfigException(where + ": the name must match " + NAME);
        List<String> command = ConfigChecks.argv(t.command(), where + ".command");
        Path workdir = dir(home, t.workdir(), where + ".workdir");
        List<Path> roots = new ArrayList<>();
        roots.add(workdir);
        List<String> rootList = t.roots() == null ? List.of() : t.roots();
        for (int i = 0; i < rootList.size(); i++) roots.add(ConfigChecks.path(home, rootList.get(i), where + ".roots[" + i + "]"));
        List<String> deps = ConfigChecks.names(t.dependsOn(), where + ".depends_on");
        for (String d : deps) {
            if (!services.contains(d)) throw new ConfigException(where + ".depends_on: unknown service '" + ConfigChecks.clip(d) + "'; defined: " + services);
        }
        Map<String, Path> templates = new LinkedHashMap<>();
        if (t.files() != null) t.files().forEach((f, tpl) -> {
            String at = where + ".files[\"" + ConfigChecks.clip(f) + "\"]";
            ConfigChecks.path(home, f, at);
            if (tpl.template() == null) {
                throw new ConfigException(at + ".template is required: the file create_missing copies, e.g. "
                        + "{\"template\": \"config/app.example.json\"}");
            }
            templates.put(f, ConfigChecks.path(home, tpl.template(), at + ".template"));
        });
        if (t.python() != null && t.python().isBlank()) throw new ConfigException(where + ".python: expected an interpreter, found an empty string");
        String python = t.python() != null ? t.python() : isPython(command.get(0)) ? command.get(0) : "python3";
        return new Toolchain(name, command, workdir,
                ConfigChecks.positive(t.timeout(), Duration.ofSeconds(60), where + ".timeout"), ConfigChecks.env(t.env(), where + ".env"),
                python, t.pip() == null ? List.of() : List.copyOf(t.pip()), roots, deps, templates,
                ConfigChecks.names(t.requires(), where + ".requires"), t.watch() != null && t.watch());
    }

    /** DESIGN §3: the interpreter defaults to command[0] when that is a Python (python, python3, venv/bin/python3.11). */
    static boolean isPython(String program) {
        String name = program.substring(program.lastIndexOf('/') + 1);
        return name.startsWith("python") && name.substring(6).chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    private static Path dir(Home home, String workdir, String where) {
        return ConfigChecks.path(home, workdir == null ? "." : workdir, where);
    }
}
