package org.autoheal.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Service;
import org.autoheal.config.Toolchain;
import org.autoheal.facts.ImportRename;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ServiceInfo;
import org.autoheal.facts.ToolchainError;
import org.autoheal.facts.ToolchainInfo;

/**
 * The rule base in service for a home. Hot reload swaps it atomically; each decision takes
 * the rule base once at its start, so it finishes on the rules it started with.
 */
public final class Engine {
    private final AtomicReference<RuleBase> current;
    private final DecisionDeadline deadline;

    /** With the default decision deadline ({@link DecisionDeadline#DEFAULT}). */
    public Engine(RuleBase rules) {
        this(rules, DecisionDeadline.DEFAULT);
    }

    /** Every decision runs under {@code decisionTimeout} ({@code limits.decision_timeout}). */
    public Engine(RuleBase rules, java.time.Duration decisionTimeout) {
        this.current = new AtomicReference<>(rules);
        this.deadline = new DecisionDeadline(decisionTimeout);
    }

    /** Compiles the home's rules and tables (or the bundled defaults) together with its custom patterns. */
    public static Engine load(HomeConfig config) throws RuleCompileException {
        return new Engine(build(config), config.decisionTimeout());
    }

    public static RuleBase build(HomeConfig config) throws RuleCompileException {
        return RuleCompiler.compileHome(config.home().root(), config.home().rulesCache()).with(config.patterns());
    }

    public RuleBase rules() {
        return current.get();
    }

    /** Puts a new rule base in service; decisions already running keep the old one. */
    public void swap(RuleBase rules) {
        current.set(rules);
    }

    /** Decides on the rule base in service, under the decision deadline. */
    public Decision decide(ToolchainError error, DecisionContext ctx) {
        return deadline.decide(current.get(), error, ctx);
    }

    /** The same decision; without the trace when {@code traced} is false (batches, throughput). */
    public Decision decide(ToolchainError error, DecisionContext ctx, boolean traced) {
        return deadline.decide(current.get(), error, ctx, traced);
    }

    /** Decides on {@code rules} (taken once by a caller that keeps them for an incident), under the deadline. */
    public Decision decide(RuleBase rules, ToolchainError error, DecisionContext ctx) {
        return deadline.decide(rules, error, ctx);
    }

    /**
     * A deadline watchdog for decisions on the rule base in service, made on the callers' own
     * threads (batches); close it after the last decision.
     */
    public DecisionDeadline.Watchdog watchdog() {
        return deadline.watchdog(current.get());
    }

    /** The facts a decision about the given toolchain (or none) may use. */
    public static DecisionContext context(HomeConfig config, Toolchain toolchain, SalienceTable learned) {
        ToolchainInfo info = toolchain == null ? null : new ToolchainInfo(toolchain.name(), toolchain.python(),
                toolchain.dependsOn(), toolchain.command(), workdir(config, toolchain),
                toolchain.templates().keySet().stream().toList());
        List<ServiceInfo> services = config.services().values().stream().map(Engine::serviceInfo).toList();
        List<ImportRename> renames = config.settings().imports().renames().entrySet().stream()
                .map(e -> new ImportRename(e.getKey(), e.getValue())).toList();
        List<Object> facts = toolchain == null ? List.of() : ContextFacts.of(config, toolchain);
        return new DecisionContext(info, services, renames, learned, facts);
    }

    private static String workdir(HomeConfig config, Toolchain t) {
        String shown = config.home().show(t.workdir());
        return shown.isEmpty() ? "." : shown;
    }

    static ServiceInfo serviceInfo(Service s) {
        String type = s.probe() == null ? null : s.probe().type();
        return new ServiceInfo(s.name(), type, s.probeHost(), s.probePort(), s.probe() == null ? null : s.probe().url());
    }
}
