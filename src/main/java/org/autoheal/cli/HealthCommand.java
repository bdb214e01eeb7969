package org.autoheal.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.autoheal.config.Durations;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.json.Json;
import org.autoheal.flap.FlapGuard;
import org.autoheal.health.Check;
import org.autoheal.health.HealthChecks;
import org.autoheal.health.HealthJson;
import org.autoheal.health.HealthReport;
import org.autoheal.health.HealthText;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal health}: proactive checks, nothing changed (except the flapping state on {@code --reset}). */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Check services' probes, programs, JSON files, required modules and flapping control; change nothing.")
final class HealthCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--tool", paramLabel = "NAME", description = "only this toolchain and the services it depends on")
    String tool;

    @Mixin JsonOption jsonOption;

    @Option(names = "--reset", paramLabel = "TOOL", description = "close TOOL's circuit breaker and clear its backoff (journaled), then check")
    String reset;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "5s", description = "per probe (default ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() throws Exception {
        Home home = top.existingHome();
        Set<String> plugins = StrategyRegistry.plugins(home.plugins()).stream().map(Strategy::name).collect(Collectors.toSet());
        java.util.List<String> broken = new java.util.ArrayList<>();
        HomeConfig config = HomeConfig.loadWithoutRules(home, plugins, broken::add);
        Duration probeTimeout = Durations.parse(timeout, "--timeout");
        FlapGuard flap = FlapGuard.forHome(config);
        PrintWriter out = spec.commandLine().getOut();
        if (reset != null) {
            String name = flappingName(config, flap, reset);
            boolean had = flap.reset(name);
            PrintWriter note = jsonOption.on() ? spec.commandLine().getErr() : out;
            note.println(had ? "reset flapping control of " + name + ": breaker closed, backoff and window cleared"
                    : "reset " + name + ": it had no flapping state");
            note.flush();
        }
        HealthReport report = withConfigProblems(new HealthChecks(config, flap, probeTimeout, Clock.systemUTC()).run(tool), broken);
        if (jsonOption.on()) {
            out.println(Json.MAPPER.writeValueAsString(HealthJson.of(report)));
        } else {
            out.print(HealthText.of(report, color()));
        }
        out.flush();
        return report.healthy() ? ExitCode.OK : ExitCode.FAILING;
    }

    /** A broken patterns file is a failed check (the rules cannot load), the other checks still run. */
    private static HealthReport withConfigProblems(HealthReport report, java.util.List<String> problems) {
        if (problems.isEmpty()) return report;
        java.util.List<Check> checks = new java.util.ArrayList<>();
        problems.forEach(p -> checks.add(new Check("autoheal", "config", "config/autoheal_patterns.json", false,
                p + "; " + PatternsWarning.NEEDS_RULES, null, null)));
        checks.addAll(report.checks());
        return new HealthReport(report.at(), checks, report.flapping());
    }

    /**
     * What {@code --reset} names: a toolchain, a name with flapping state (a lone service's
     * {@code service-NAME}, a toolchain since removed), or a service (its {@code service-NAME}).
     * Anything else is exit 2 naming the toolchains.
     */
    private static String flappingName(HomeConfig config, FlapGuard flap, String name) {
        if (config.toolchains().containsKey(name) || flap.tracked().contains(name)) return name;
        if (config.services().containsKey(name)) return config.services().get(name).standInName();
        config.toolchain(name); // throws: unknown toolchain
        return name;
    }

    /** ANSI colors only on a terminal and only when NO_COLOR is not set. */
    private static boolean color() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
