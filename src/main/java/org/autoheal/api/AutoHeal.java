package org.autoheal.api;

import java.nio.file.Path;
import java.util.List;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleCompileException;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.Durations;
import org.autoheal.heal.Approver;
import org.autoheal.heal.Healer;
import org.autoheal.heal.Recorder;
import org.autoheal.heal.RepairReport;
import org.autoheal.journal.Journal;
import org.autoheal.learn.LearnedSalience;
import org.autoheal.learn.LearningParams;
import org.autoheal.learn.OutcomeRecovery;
import org.autoheal.learn.OutcomeStore;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyRegistry;
import org.autoheal.strategy.builtin.CreateMissing;
import org.autoheal.strategy.builtin.FixImport;
import org.autoheal.strategy.builtin.FixPermissions;
import org.autoheal.strategy.builtin.FixSyntax;
import org.autoheal.strategy.builtin.InstallModule;
import org.autoheal.strategy.builtin.ReconnectWebsocket;
import org.autoheal.strategy.builtin.RepairJson;
import org.autoheal.strategy.builtin.RestartService;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;

/**
 * AutoHeal opened on a home: its configuration and the rule base in service. The CLI and
 * programs that embed AutoHeal go through this class.
 */
public final class AutoHeal {
    private final HomeConfig config;
    private final Engine engine;
    private final StrategyRegistry registry;
    private final OutcomeStore outcomes;

    private AutoHeal(HomeConfig config, Engine engine, StrategyRegistry registry) {
        this.config = config;
        this.engine = engine;
        this.registry = registry;
        this.outcomes = new OutcomeStore(config.home().state());
        OutcomeRecovery.recoverIfLost(outcomes, journal()); // state lost: the journal still has every attempt
    }

    /** Loads the home's config and compiles its rules; bad config or rules is a ConfigException. */
    public static AutoHeal open(Path home) {
        Home h = new Home(home);
        Set<String> plugins = StrategyRegistry.plugins(h.plugins()).stream().map(Strategy::name).collect(Collectors.toSet());
        HomeConfig config = HomeConfig.load(h, plugins);
        StrategyRegistry registry = StrategyRegistry.forHome(h.root(), config.settings(), builtins());
        try {
            return new AutoHeal(config, Engine.load(config), registry);
        } catch (RuleCompileException e) {
            throw new ConfigException("the rules do not compile:\n" + e.getMessage());
        }
    }

    public HomeConfig config() { return config; }
    public Engine engine() { return engine; }

    /** Parses an error text (bounded) the way it would come from the named toolchain (or none). */
    public ToolchainError parse(String text, String tool, Integer exitCode) {
        Toolchain t = tool == null ? null : config.toolchain(tool);
        List<String> command = t == null ? null : t.command();
        ToolchainError e = ErrorParsers.parse(new ErrorInput(tool, command, exitCode, bound(text)));
        return e;
    }

    /** Diagnosis and ranked proposals for an error text; nothing is applied. */
    public Decision diagnose(String text, String tool) {
        ToolchainError e = parse(text, tool, null);
        return decide(e, tool);
    }

    public Decision decide(ToolchainError error, String tool) {
        Toolchain t = tool == null ? null : config.toolchain(tool);
        return engine.decide(error, Engine.context(config, t, learned()));
    }

    /** The learned salience adjustments for this home, from its outcome statistics as of now. */
    public LearnedSalience learned() {
        var l = config.settings().learning();
        var params = new LearningParams(Durations.parse(l.halfLife(), "learning.half_life"), l.maxAdjustment(), Instant.now());
        return LearnedSalience.from(outcomes.readAll(), params);
    }

    public OutcomeStore outcomes() {
        return outcomes;
    }

    public Journal journal() {
        return new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes());
    }

    /** Runs the toolchains in scope and heals their failures (DESIGN §1). */
    public RepairReport repair(List<Toolchain> scope, Approver approver, boolean dryRun, Consumer<String> progress) {
        Recorder recorder = new Recorder(journal(), new BackupStore(config.home().root(),
                config.settings().limits().maxBackupBytes()), outcomes);
        Healer healer = new Healer(config, engine, registry, recorder, this::learned, approver, dryRun, progress);
        return healer.repair(scope);
    }

    public StrategyRegistry registry() {
        return registry;
    }

    /** The eight built-in strategies. */
    public static List<Strategy> builtins() {
        return List.of(new InstallModule(), new FixPermissions(), new FixSyntax(), new RestartService(),
                new CreateMissing(), new RepairJson(), new FixImport(), new ReconnectWebsocket());
    }

    private String bound(String text) {
        int max = config.settings().limits().maxErrorBytes();
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
