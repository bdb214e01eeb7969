package org.autoheal.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Service;
import org.autoheal.config.Toolchain;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.flap.FlapGuard;
import org.autoheal.flap.FlapStatus;
import org.autoheal.service.Probe;
import org.autoheal.service.ProbeResult;
import org.autoheal.service.Probes;
import org.autoheal.strategy.npm.NodeTools;

/**
 * The proactive checks of {@code autoheal health}, changing nothing: each service's probe, and
 * per toolchain its program, its JSON files, its required modules and its flapping state.
 * Flapping state is only read here; the watch daemon and repairs change it.
 */
public final class HealthChecks {
    private final HomeConfig config;
    private final FlapGuard flap;
    private final Duration probeTimeout;
    private final Clock clock;
    private final ExecutableCheck executables;
    private final JsonFileCheck json;
    private final ModuleCheck modules;
    private final NodePackageCheck packages = new NodePackageCheck();

    public HealthChecks(HomeConfig config, FlapGuard flap, Duration probeTimeout, Clock clock) {
        this.config = config;
        this.flap = flap;
        this.probeTimeout = probeTimeout;
        this.clock = clock;
        this.executables = new ExecutableCheck(config.home(), System.getenv("PATH"));
        this.json = new JsonFileCheck(config.home());
        this.modules = new ModuleCheck(new ProcessRunner());
    }

    /**
     * @param tool null for everything; else that toolchain and the services it depends on
     * @throws org.autoheal.config.ConfigException for an unknown tool or an invalid module name (exit 2)
     */
    public HealthReport run(String tool) {
        Service alone = tool == null || config.toolchains().containsKey(tool) ? null : standInOf(tool);
        if (alone != null) { // `--tool service-NAME`: the lone service watch heals under that name
            FlapStatus f = flap.status(tool);
            return new HealthReport(clock.instant(), List.of(probe(alone), flapCheck(f)), Map.of(tool, f));
        }
        List<Toolchain> scope = tool == null ? List.copyOf(config.toolchains().values()) : List.of(config.toolchain(tool));
        scope.forEach(HealthChecks::validateRequires); // bad config fails before anything runs
        List<Service> services = tool == null ? List.copyOf(config.services().values())
                : scope.get(0).dependsOn().stream().map(config.services()::get).toList();
        List<Check> checks = new ArrayList<>();
        services.forEach(s -> checks.add(probe(s)));
        // one read of the state; for everything, also the names of lone services watch heals (service-NAME)
        Map<String, FlapStatus> flapping = new LinkedHashMap<>(flap.statuses(scope.stream().map(Toolchain::name).toList()));
        if (tool != null) flapping.keySet().retainAll(List.of(tool));
        for (Toolchain t : scope) {
            checks.add(executables.check(t));
            checks.addAll(json.check(t));
            checks.addAll(NodeTools.isNode(t) ? packages.check(t) : modules.check(t));
            checks.add(flapCheck(flapping.get(t.name())));
        }
        flapping.forEach((name, f) -> {
            if (!config.toolchains().containsKey(name)) checks.add(flapCheck(f));
        });
        return new HealthReport(clock.instant(), checks, flapping);
    }

    /** {@code requires} are npm packages for a toolchain that runs node, Python modules otherwise. */
    private static void validateRequires(Toolchain t) {
        if (NodeTools.isNode(t)) NodePackageCheck.validate(t);
        else ModuleCheck.validate(t);
    }

    /** The service whose stand-in toolchain is named {@code name} ({@code service-NAME}), or null. */
    public Service standInOf(String name) {
        return config.services().values().stream().filter(s -> s.standInName().equals(name)).findFirst().orElse(null);
    }

    Check probe(Service s) {
        Probe probe;
        try {
            probe = Probes.of(s.probe(), s.workdir(), s.env());
        } catch (IllegalArgumentException e) {
            return Check.failed(Check.SERVICE, Check.SERVICE, s.name(), "bad probe in config/toolchains.json: " + e.getMessage());
        }
        ProbeResult r = probe.check(probeTimeout);
        String detail = probe.target() + ": " + r.detail() + (r.up() ? "" : "; `autoheal repair` restarts services that toolchains depend on, `autoheal watch` any service");
        return new Check(Check.SERVICE, Check.SERVICE, s.name(), r.up(), detail, null, null);
    }

    static Check flapCheck(FlapStatus f) {
        String tool = f.tool();
        if (f.needsAttention()) {
            return Check.failed(tool, Check.FLAPPING, "breaker", "needs attention: circuit breaker open since "
                    + f.breakerOpenedAt() + " after failed heals of " + f.breakerCause()
                    + "; fix it by hand, then `autoheal health --reset " + tool + "`");
        }
        List<String> parts = new ArrayList<>();
        f.causes().stream().filter(c -> c.backoffUntil() != null).forEach(c -> parts.add("backoff for " + c.cause()
                + " until " + c.backoffUntil() + " (" + c.failures() + " failed heal" + (c.failures() == 1 ? "" : "s") + ")"));
        parts.add(f.healsInWindow() + "/" + f.maxHealsPerWindow() + " heals in the window"
                + (f.windowFullUntil() == null ? "" : " (full: next heal at " + f.windowFullUntil() + ")"));
        return Check.ok(tool, Check.FLAPPING, "breaker", "closed; " + String.join("; ", parts));
    }
}
