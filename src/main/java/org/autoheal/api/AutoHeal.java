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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.autoheal.batch.BatchDiagnosis;
import org.autoheal.history.History;
import org.autoheal.history.HistoryReport;
import org.autoheal.recover.HomeGuard;
import org.autoheal.recover.IncidentRollback;
import org.autoheal.recover.RollbackReport;
import org.autoheal.config.Durations;
import org.autoheal.heal.Approver;
import org.autoheal.heal.Healer;
import org.autoheal.heal.Incident;
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
import org.autoheal.parse.ErrorText;
import org.autoheal.reload.ReloadEvent;
import org.autoheal.reload.Reloader;
import org.autoheal.reload.Snapshot;
import org.autoheal.reload.SnapshotLoader;

/**
 * AutoHeal opened on a home: its configuration and the rule base in service. The CLI and
 * programs that embed AutoHeal go through this class. Config, rules and strategies form one
 * immutable {@link Snapshot}; hot reload swaps the whole snapshot, and each call below takes it
 * once, so a decision or a repair never mixes old config with new rules. Safe for many threads.
 */
public final class AutoHeal {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AutoHeal.class);
    private final AtomicReference<Snapshot> current;
    private org.autoheal.flap.FlapGuard flapGuard; // guarded by this
    private HomeConfig flapConfig;
    private final Reloader reloader;
    private final OutcomeStore outcomes;
    private final java.util.concurrent.locks.ReentrantLock healingTurn = new java.util.concurrent.locks.ReentrantLock();

    private AutoHeal(SnapshotLoader loader, Snapshot first) {
        this.current = new AtomicReference<>(first);
        this.reloader = new Reloader(loader, current);
        this.outcomes = new OutcomeStore(first.config().home().state());
        OutcomeRecovery.recoverIfLost(outcomes, journal()); // state lost: the journal still has every attempt
    }

    /** Loads the home's config and compiles its rules; bad config or rules is a ConfigException. */
    public static AutoHeal open(Path home) {
        SnapshotLoader loader = new SnapshotLoader(new Home(home), builtins());
        try {
            return new AutoHeal(loader, loader.load());
        } catch (RuleCompileException e) {
            throw new ConfigException("the rules do not compile:\n" + e.getMessage());
        }
    }

    /** The config, rules and strategies in service now; keep the result to stay on one version. */
    public Snapshot snapshot() {
        return current.get();
    }

    /** Reloads config and rules now: served if they load, else rejected and the current ones stay. */
    public ReloadEvent reload() {
        return reloader.reload();
    }

    /** Reloads whenever rules/ or AutoHeal's config files change, until the result is closed. */
    public AutoCloseable watchForChanges() {
        return reloader.watch();
    }

    /** Called after every reload, served or rejected (on the reloading thread). */
    public void onReload(Consumer<ReloadEvent> listener) {
        reloader.addListener(listener);
    }

    public HomeConfig config() { return current.get().config(); }

    /** An engine fixed on the rule base in service now (later reloads do not change it). */
    public Engine engine() {
        Snapshot s = current.get();
        return new Engine(s.rules(), s.config().decisionTimeout());
    }

    /** Parses an error text (bounded) the way it would come from the named toolchain (or none). */
    public ToolchainError parse(String text, String tool, Integer exitCode) {
        return parse(current.get(), text, tool, exitCode);
    }

    /** Parsed with the snapshot's tables ({@code rules/data}: the service URL schemes a home may add to). */
    private static ToolchainError parse(Snapshot s, String text, String tool, Integer exitCode) {
        HomeConfig config = s.config();
        Toolchain t = tool == null ? null : config.toolchain(tool);
        List<String> command = t == null ? null : t.command();
        return ErrorParsers.parse(new ErrorInput(tool, command, exitCode, bound(config, text), s.rules().tables().known()));
    }

    /** Diagnosis and ranked proposals for an error text; nothing is applied. */
    public Decision diagnose(String text, String tool) {
        Snapshot s = current.get();
        return decide(s, parse(s, text, tool, null), tool);
    }

    public Decision decide(ToolchainError error, String tool) {
        return decide(current.get(), error, tool);
    }

    private Decision decide(Snapshot s, ToolchainError error, String tool) {
        Toolchain t = tool == null ? null : s.config().toolchain(tool);
        return new Engine(s.rules(), s.config().decisionTimeout())
                .decide(error, Engine.context(s.config(), t, learned(s.config())));
    }

    /**
     * {@code diagnose --batch}: JSON Lines of error reports from {@code in}, one decision per line to
     * {@code out}, in order ({@link BatchDiagnosis}); all on the snapshot and learned salience in
     * service when it starts. Nothing is applied or journaled.
     */
    public void diagnoseBatch(java.io.InputStream in, java.io.Writer out, boolean trace, boolean flushEach) throws java.io.IOException {
        Snapshot s = current.get();
        HomeConfig config = s.config();
        LearnedSalience learned = learned(config);
        new BatchDiagnosis(new Engine(s.rules(), config.decisionTimeout()), (text, tool, exit) -> parse(s, text, tool, exit),
                tool -> Engine.context(config, tool == null ? null : config.toolchain(tool), learned),
                config.settings().limits().maxErrorBytes(), trace).run(in, out, flushEach);
    }

    /** The learned salience adjustments for this home, from its outcome statistics as of now. */
    public LearnedSalience learned() {
        return learned(current.get().config());
    }

    private LearnedSalience learned(HomeConfig config) {
        var l = config.settings().learning();
        var params = new LearningParams(Durations.parse(l.halfLife(), "learning.half_life"), l.maxAdjustment(), Instant.now());
        return LearnedSalience.from(outcomes.readAll(), params);
    }

    public OutcomeStore outcomes() {
        return outcomes;
    }

    public Journal journal() {
        return journal(current.get().config());
    }

    private static Journal journal(HomeConfig config) {
        return HomeGuard.journal(config);
    }

    /**
     * Runs the toolchains in scope and heals their failures (DESIGN §1). Run by hand, a repair
     * overrides flapping control but records its outcomes (a heal that works closes a breaker).
     */
    public RepairReport repair(List<Toolchain> scope, Approver approver, boolean dryRun, Consumer<String> progress) {
        return repair(scope, approver, dryRun, progress, org.autoheal.flap.FlapGate.recordingOnly(flapGuard()));
    }

    /**
     * The same with a gate, e.g. {@code FlapGate.enforcing(DaemonAccess.flapGuard(this))} for the watch daemon; all
     * on the snapshot in service when it starts: a reload during the repair applies to the next one.
     */
    public RepairReport repair(List<Toolchain> scope, Approver approver, boolean dryRun, Consumer<String> progress,
                               org.autoheal.heal.HealGate gate) {
        return repair(scope, approver, dryRun, progress, gate, () -> false);
    }

    /** The same, stopping between heals (never inside one) once {@code stopping} says so. */
    public RepairReport repair(List<Toolchain> scope, Approver approver, boolean dryRun, Consumer<String> progress,
                               org.autoheal.heal.HealGate gate, java.util.function.BooleanSupplier stopping) {
        return healer(current.get(), approver, dryRun, progress).gate(gate).stopWhen(stopping).repair(scope);
    }

    /**
     * Reports an error another program saw (the Java API's and the HTTP intake's way in): parsed
     * (bounded), decided on one snapshot, journaled once. With {@code heal} and a configured
     * toolchain it is healed like a failed run (back up, fix, verify by running the toolchain,
     * roll back), under flapping control; otherwise it is only decided (outcome {@code diagnosed}).
     * Safe to call from many threads. An unknown tool is a ConfigException.
     */
    public Incident report(String tool, String text, Integer exitCode, boolean heal) {
        Snapshot s = current.get();
        Toolchain t = tool == null ? null : s.config().toolchain(tool);
        ToolchainError error = parse(s, text, tool, exitCode);
        if (!heal || t == null) {
            return healer(s, Approver.ALWAYS, false, line -> LOG.info("{}", line)).report(t, error, false);
        }
        return healing("report", () -> healer(s, Approver.ALWAYS, false, line -> LOG.info("{}", line))
                .gate(org.autoheal.flap.FlapGate.enforcing(flapGuard())).report(t, error, true));
    }

    /**
     * Runs {@code work} holding the home lock ({@code state/autoheal.lock}), after recovering the
     * incidents a killed AutoHeal left unfinished: every heal outside the CLI goes through here, so
     * a concurrent {@code repair} never mistakes a heal in progress for an interrupted one. Heals
     * in this JVM take turns. Throws {@link org.autoheal.state.HomeLockedException} when another
     * process holds the lock.
     */
    public <T> T healing(String command, java.util.function.Supplier<T> work) {
        healingTurn.lock();
        try (var lock = org.autoheal.state.HomeLock.acquire(config().home(), command)) {
            HomeGuard.recover(config(), line -> LOG.warn("{}", line));
            return work.get();
        } finally {
            healingTurn.unlock();
        }
    }

    /**
     * Restores every file an incident backed up, as {@code autoheal rollback} does ({@link IncidentRollback}):
     * {@code incident} is an id or {@code "last"}; with {@code force}, files changed since the heal are
     * restored too, after a copy of their current content is kept. Takes the home lock (a turn among
     * this JVM's heals) and first recovers unfinished incidents. A bad id is a ConfigException;
     * another process healing this home is a {@link org.autoheal.state.HomeLockedException}.
     */
    public RollbackReport rollback(String incident, boolean force) throws java.io.IOException {
        healingTurn.lock();
        try {
            return new IncidentRollback(config()).run(incident, force, line -> LOG.warn("{}", line), note -> LOG.warn("{}", note));
        } finally {
            healingTurn.unlock();
        }
    }

    /** Past incidents, as {@code autoheal history} lists them: only {@code tool}'s and the last {@code last} when given. */
    public HistoryReport history(String tool, Integer last) {
        return History.read(config(), tool, last);
    }

    /** The same for an exception caught in a Java program: its stack trace is the error text. */
    public Incident report(String tool, Throwable failure, boolean heal) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return report(tool, trace.toString(), null, heal);
    }

    /** The journal's final record of an incident (error, decision, trace, attempts, outcome). */
    public java.util.Optional<com.fasterxml.jackson.databind.JsonNode> incident(String id) {
        return org.autoheal.explain.WhyRecords.find(journal().readMatching(id), id).map(r -> r.main());
    }

    /** Why each strategy fired or not for an incident ({@code "last"}: the newest), as `autoheal why` shows it. */
    public java.util.Optional<org.autoheal.explain.WhyReport> why(String id) {
        Snapshot s = current.get();
        var journal = journal(s.config());
        var records = org.autoheal.explain.WhyRecords.find(
                org.autoheal.explain.WhyRecords.LAST.equals(id) ? journal.readAll() : journal.readMatching(id), id);
        if (records.isEmpty()) return java.util.Optional.empty();
        var texts = new org.autoheal.explain.RuleTexts(s.rules().catalog(),
                org.autoheal.engine.RuleSources.forHome(s.config().home().root()));
        return java.util.Optional.of(org.autoheal.explain.WhyBuilder.build(records.get(), texts, s.rules().version()));
    }

    private Healer healer(Snapshot s, Approver approver, boolean dryRun, Consumer<String> progress) {
        HomeConfig config = s.config();
        Recorder recorder = new Recorder(journal(config), HomeGuard.store(config), outcomes);
        return new Healer(config, new Engine(s.rules(), config.decisionTimeout()), s.registry(), recorder, () -> learned(config),
                approver, dryRun, progress);
    }

    /**
     * Flapping control of this home as of now (breaker, backoff and window of each toolchain and of
     * every other name with state, e.g. a lone service's {@code service-NAME}); read-only.
     */
    public org.autoheal.flap.FlapSnapshot flapping() {
        return org.autoheal.flap.FlapSnapshot.of(flapGuard(), config().toolchains().keySet(), Instant.now());
    }

    /**
     * The mutable guard behind {@link #flapping()} ({@code state/flapping.json}, {@code flapping}
     * settings); the daemon reaches it through {@link DaemonAccess}. One guard per config in
     * service, so a daemon asking every round journals each wait once.
     */
    synchronized org.autoheal.flap.FlapGuard flapGuard() {
        HomeConfig config = current.get().config();
        if (flapGuard == null || flapConfig != config) {
            flapGuard = org.autoheal.flap.FlapGuard.forHome(config, flapGuard);
            flapConfig = config;
        }
        return flapGuard;
    }

    public StrategyRegistry registry() {
        return current.get().registry();
    }

    /** The eight built-in strategies. */
    public static List<Strategy> builtins() {
        return List.of(new InstallModule(), new FixPermissions(), new FixSyntax(), new RestartService(),
                new CreateMissing(), new RepairJson(), new FixImport(), new ReconnectWebsocket());
    }

    private static String bound(HomeConfig config, String text) {
        return ErrorText.tail(text, config.settings().limits().maxErrorBytes());
    }
}
