package org.autoheal.heal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupStore;
import org.autoheal.backup.FaultPoints;
import org.autoheal.backup.PathGuard;
import org.autoheal.backup.RollbackPolicy;
import org.autoheal.backup.RollbackResult;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.exec.RunSpec;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.autoheal.parse.ErrorText;
import org.autoheal.service.ServiceManager;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.StrategyRegistry;

/**
 * The pipeline of DESIGN §1, in order: run → parse → decide → (approve → back up → apply →
 * verify → roll back on failure) per proposal → record → learn. One class runs the steps;
 * each step's work lives in its own package.
 */
public final class Healer {
    /** Progress line openings a daemon's log can recognise (watch drops what only repeats the last round). */
    public static final String RUN = "run: ";
    public static final String HEALTHY_RUN = "healthy (exit 0)";
    public static final String STILL_FAILING = "still failing";

    /** A fix can reveal the next problem (e.g. a module, then a config file): heal up to this many in a row. */
    private static final int MAX_INCIDENTS_PER_TOOLCHAIN = 5;

    private final HomeConfig config;
    private final Engine engine;
    private final StrategyRegistry registry;
    private final ProcessRunner runner;
    private final ServiceManager services;
    private final Recorder recorder;
    private final Approver approver;
    private final boolean dryRun;
    private final Consumer<String> progress;
    private final java.util.function.Supplier<SalienceTable> learned;
    private final IncidentIds ids;
    private java.util.function.BooleanSupplier stopping = () -> false;
    private HealGate gate = HealGate.OPEN;

    public Healer(HomeConfig config, Engine engine, StrategyRegistry registry, Recorder recorder,
                  java.util.function.Supplier<SalienceTable> learned, Approver approver, boolean dryRun,
                  Consumer<String> progress) {
        this.config = config;
        this.engine = engine;
        this.registry = registry;
        this.runner = new ProcessRunner();
        this.services = new ServiceManager(config.home().root());
        this.recorder = recorder;
        this.learned = learned;
        this.approver = approver;
        this.dryRun = dryRun;
        this.progress = progress;
        this.ids = IncidentIds.forHome(config.home().backups());
    }

    /** Flapping control and the like: may hold heals back and hears how they end (default: open). */
    public Healer gate(HealGate gate) {
        this.gate = Objects.requireNonNull(gate);
        return this;
    }

    /** Checked between heals (never inside one): the watch daemon's stop request on SIGTERM. */
    public Healer stopWhen(java.util.function.BooleanSupplier stopping) {
        this.stopping = Objects.requireNonNull(stopping);
        return this;
    }

    public RepairReport repair(List<Toolchain> scope) {
        RepairReport report = new RepairReport();
        for (Toolchain t : scope) {
            if (stopping.getAsBoolean()) break;
            heal(t, report);
        }
        return report;
    }

    private void heal(Toolchain t, RepairReport report) {
        progress.accept("[" + t.name() + "] " + RUN + String.join(" ", t.command()));
        RunResult run = run(t);
        if (run.ok()) {
            progress.accept("[" + t.name() + "] " + HEALTHY_RUN);
            if (!dryRun) gate.healthy(t.name());
            report.toolchain(t.name(), RepairReport.HEALTHY);
            return;
        }
        String status = RepairReport.FAILING;
        for (int round = 0; round < MAX_INCIDENTS_PER_TOOLCHAIN && !stopping.getAsBoolean(); round++) {
            Handled h = handle(t, run);
            if (h.incident() == null) { // the same wait as before: already journaled, nothing new
                status = RepairReport.DEFERRED;
                break;
            }
            report.incident(h.incident());
            if (h.incident().outcome().equals(Incident.DRY_RUN)) {
                status = RepairReport.PLANNED;
                break;
            }
            if (!h.incident().outcome().equals(Incident.HEALED)) break;
            if (h.after().ok()) {
                status = RepairReport.HEALED;
                break;
            }
            run = h.after(); // the fix worked but revealed the next problem
        }
        if (status.equals(RepairReport.HEALED)) gate.healthy(t.name());
        if (!status.equals(RepairReport.DEFERRED)) progress.accept("[" + t.name() + "] " + status);
        report.toolchain(t.name(), status);
    }

    private record Handled(Incident incident, RunResult after) {
    }

    /**
     * An error reported by another program (the intake, the Java API). Without {@code heal}, or
     * without a configured toolchain to verify against, it is decided and journaled only
     * (outcome {@code diagnosed}); with both, it goes through the same steps as a failed run.
     */
    public Incident report(Toolchain t, ToolchainError error, boolean heal) {
        if (heal && t != null) return handle(t, error, null).incident();
        RuleBase rules = engine.rules();
        SalienceTable table = learned.get();
        Decision decision = engine.decide(rules, error, Engine.context(config, t, table));
        String tool = t != null ? t.name() : error.getTool() != null ? error.getTool() : "reported";
        Incident incident = new Incident(ids.next(tool), tool, decision, Instant.now(), table, rules.catalog());
        incident.finish(decision.diagnosed() ? Incident.DIAGNOSED : Incident.UNDIAGNOSED);
        recorder.finished(incident);
        return incident;
    }

    private Handled handle(Toolchain t, RunResult run) {
        return handle(t, parse(t, run), run);
    }

    private Handled handle(Toolchain t, ToolchainError error, RunResult run) {
        RuleBase rules = engine.rules(); // once per incident: a hot reload does not change an incident under way
        SalienceTable table = learned.get(); // kept with the incident: `why` shows the evidence as it was
        Decision decision = engine.decide(rules, error, Engine.context(config, t, table));
        String cause = decision.diagnosed() ? decision.primary().getCause() : null;
        var held = dryRun || !decision.diagnosed() || decision.proposals().isEmpty()
                ? java.util.Optional.<HealGate.Deferral>empty() : gate.deferral(t.name(), cause);
        if (!decision.diagnosed() && gate.seenUndiagnosed(t.name(), error.getType() + ": " + error.getMessage())) {
            progress.accept("[" + t.name() + "] " + STILL_FAILING + " with the same undiagnosed error (journaled once)");
            return new Handled(null, run);
        }
        if (held.isPresent() && held.get().repeated()) { // one incident per wait, not one per look
            progress.accept("[" + t.name() + "] " + STILL_FAILING + " (" + cause + "), still deferred: " + held.get().reason());
            return new Handled(null, run);
        }
        Incident incident = new Incident(ids.next(t.name()), t.name(), decision, Instant.now(), table, rules.catalog());
        progress.accept("[" + t.name() + "] failed: " + describe(error));
        if (!decision.diagnosed()) {
            progress.accept("[" + t.name() + "] undiagnosed: no rule matched; nothing changed");
            incident.finish(Incident.UNDIAGNOSED);
            recorder.finished(incident);
            return new Handled(incident, run);
        }
        progress.accept("[" + t.name() + "] diagnosis: " + decision.primary().getCause() + " " + ProgressDetails.of(decision.primary().getDetails())
                + " (rule \"" + decision.primary().getRule() + "\")");
        recorder.opened(incident);
        if (held.isPresent()) return deferred(incident, t, decision.proposals().get(0), held.get().reason(), run);
        RunResult after = run;
        int applied = 0;
        for (Proposal p : decision.proposals()) {
            if (applied >= config.settings().maxAttempts() || stopping.getAsBoolean()) break;
            Tried tried = attempt(incident, t, p, decision.error(), rules.catalog()); // the root cause's signal
            incident.add(tried.attempt());
            // evidence goes to the cause the proposing rule saw ($d in its salience), not only the primary one
            recorder.attempted(incident, tried.attempt(), p.getDiagnosis() != null ? p.getDiagnosis().getCause() : cause);
            String o = tried.attempt().outcome();
            if (o.equals(Attempt.HEALED) || o.equals(Attempt.FAILED) || o.equals(Attempt.ERROR)) applied++;
            if (o.equals(Attempt.HEALED)) {
                after = tried.after();
                break;
            }
        }
        if (decision.proposals().isEmpty()) {
            progress.accept("[" + t.name() + "] no strategy rule proposed a fix");
            decision.primary().getMissing().forEach(m -> progress.accept("[" + t.name() + "] waiting: " + m.describe()));
        }
        incident.finish(Incident.outcomeOf(incident.attempts(), true));
        if (applied > 0) gate.finished(t.name(), cause, incident.outcome().equals(Incident.HEALED));
        FaultPoints.reach("heal:before-finish");
        recorder.finished(incident);
        return new Handled(incident, after);
    }

    /** The gate held the heal back: nothing is applied; the incident says why. */
    private Handled deferred(Incident incident, Toolchain t, Proposal p, String why, RunResult run) {
        progress.accept("[" + t.name() + "] deferred: " + why);
        Attempt a = new Attempt(p.getStrategy(), p.getRule(), p.getSalience(), p.getSalience(), p.getParams(),
                Attempt.SKIPPED, null, why, List.of(), 0);
        incident.add(a);
        recorder.attempted(incident, a, incident.decision().primary().getCause());
        incident.finish(Incident.outcomeOf(incident.attempts(), true));
        recorder.finished(incident);
        return new Handled(incident, run);
    }

    private record Tried(Attempt attempt, RunResult after) {
    }

    private Tried attempt(Incident incident, Toolchain t, Proposal p, ToolchainError original, RuleCatalog catalog) {
        long t0 = System.nanoTime();
        RuleInfo rule = catalog.get(p.getRule());
        int base = rule == null ? p.getSalience() : rule.baseSalience();
        String tag = "[" + t.name() + "] " + p.getStrategy() + " " + ProgressDetails.of(p.getParams());
        java.util.function.BiFunction<String, String, Attempt> result = (outcome, detail) -> new Attempt(p.getStrategy(),
                p.getRule(), p.getSalience(), base, p.getParams(), outcome, null, detail, List.of(), ms(t0));
        Strategy strategy = registry.find(p.getStrategy()).orElse(null);
        if (strategy == null) {
            progress.accept(tag + ": error: no strategy named '" + p.getStrategy() + "' is registered");
            return new Tried(result.apply(Attempt.ERROR, "no strategy named '" + p.getStrategy() + "'"), null);
        }
        PathGuard guard = new PathGuard(config.home().root(), t.roots());
        StrategyContext ctx = new StrategyContext(config.home(), t, config.settings(), guard, runner, services, config.services());
        Action action;
        try {
            action = strategy.plan(ctx, p.getParams());
        } catch (Refusal r) {
            progress.accept(tag + ": refused: " + r.getMessage());
            return new Tried(result.apply(Attempt.REFUSED, r.getMessage()), null);
        } catch (RuntimeException e) {
            progress.accept(tag + ": error while planning: " + e.getMessage());
            return new Tried(result.apply(Attempt.ERROR, "planning failed: " + e.getMessage()), null);
        }
        String plan = action.describe();
        if (dryRun) {
            progress.accept(tag + ": would " + plan + " (dry run)");
            return new Tried(withPlan(result.apply(Attempt.DRY_RUN, "not applied: --dry-run"), plan, List.of()), null);
        }
        if (!approver.approve(incident, p, plan)) {
            progress.accept(tag + ": skipped (" + approver.refusal() + "): " + plan);
            return new Tried(withPlan(result.apply(Attempt.SKIPPED, approver.refusal()), plan, List.of()), null);
        }
        Backup backup;
        try {
            backup = recorder.backup(incident.id(), t.name());
            for (var f : action.modifies()) backup.save(f, f.getFileName().toString());
            for (var f : action.chmods()) backup.saveModeOnly(f);
            for (var f : action.creates()) backup.recordCreated(f);
        } catch (Exception e) {
            progress.accept(tag + ": refused: cannot back up: " + e.getMessage());
            return new Tried(result.apply(Attempt.REFUSED, "cannot back up: " + e.getMessage()), null);
        }
        // process strategies (pip, restarts) change no file: then there is no manifest to list
        List<String> backups = action.modifies().isEmpty() && action.chmods().isEmpty() && action.creates().isEmpty()
                ? List.of() : List.of(config.home().show(backup.manifest()));
        progress.accept(tag + ": " + plan);
        recorder.applying(incident, p.getStrategy(), plan);
        String done;
        try {
            done = action.apply();
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            progress.accept(tag + ": error: " + why + "; rolling back");
            restore(backup, action, tag);
            return new Tried(withPlan(result.apply(Attempt.ERROR, why), plan, backups), null);
        }
        try { // what the heal left: a later rollback restores a file only while it still holds this
            backup.recordHealed();
        } catch (Exception e) {
            progress.accept(tag + ": cannot record the healed state (" + e.getMessage() + "); a later rollback asks for --force");
        }
        progress.accept(tag + ": done: " + done + "; verifying");
        FaultPoints.reach("heal:applied");
        RunResult after = verify(t, action);
        FaultPoints.reach("heal:verified");
        if (after.ok()) {
            progress.accept(tag + ": verified: the toolchain passes");
            return new Tried(withPlan(result.apply(Attempt.HEALED, done), plan, backups), after);
        }
        ToolchainError now = parse(t, after);
        if (now.getEvidence().stream().noneMatch(s -> sameError(original, s))) { // the root cause is among no signal of the re-run
            progress.accept(tag + ": the original error is gone; the toolchain now fails with: " + describe(now));
            return new Tried(withPlan(result.apply(Attempt.HEALED, done + "; the original error is gone, next: "
                    + describe(now)), plan, backups), after);
        }
        progress.accept(tag + ": verification failed (" + describe(now) + "); rolling back");
        restore(backup, action, tag);
        return new Tried(withPlan(result.apply(Attempt.FAILED, done + "; verification failed: " + describe(now)),
                plan, backups), null);
    }

    private void restore(Backup backup, Action action, String tag) {
        try {
            action.undo();
        } catch (Exception e) {
            progress.accept(tag + ": undo failed: " + e.getMessage());
        }
        RollbackResult r = backup.restore(RollbackPolicy.KEEP_COPIES);
        r.kept().forEach(k -> progress.accept(tag + ": kept a copy of content changed meanwhile: " + config.home().show(k)));
        List<String> keptFolders = r.keptFolders().stream().map(config.home()::show).toList();
        if (r.refused().isEmpty()) {
            // a created folder that now holds other files stays: said here, once (the backup layer only logs it)
            progress.accept(tag + ": rolled back" + (keptFolders.isEmpty() ? ""
                    : "; kept " + String.join(", ", keptFolders) + ": the heal created it, and it now holds files the heal did not record"));
        } else {
            progress.accept(tag + ": ROLLBACK FAILED for " + String.join("; ", r.refused()) + "; originals are in "
                    + config.home().show(backup.manifest()));
        }
    }

    private RunResult verify(Toolchain t, Action action) {
        var v = action.verification();
        RunResult r = null;
        for (int i = 1; i <= v.attempts(); i++) {
            sleep(v.delayBefore(i));
            r = run(t);
            if (r.ok()) return r;
        }
        return r;
    }

    private RunResult run(Toolchain t) {
        return runner.run(new RunSpec(t.command(), t.workdir(), t.env(), t.timeout(), 1 << 20));
    }

    /** A program that cannot start is an error too; it is parsed in the form the JVM prints it. */
    ToolchainError parse(Toolchain t, RunResult r) {
        String text = (r.startError() == null ? "" : "java.io.IOException: " + r.startError() + "\n\tat java.base/java.lang.ProcessBuilder.start(ProcessBuilder.java:1143)\n") + r.combined();
        if (r.timedOut()) text += "\nautoheal: timed out after " + t.timeout().toMillis() + " ms";
        text = ErrorText.tail(text, config.settings().limits().maxErrorBytes());
        return ErrorParsers.parse(new ErrorInput(t.name(), t.command(), r.exitCode(), text));
    }

    /** Same failure again: same exception type and message, or same text when there is no type. */
    static boolean sameError(ToolchainError a, ToolchainError b) {
        return Objects.equals(a.getType(), b.getType()) && Objects.equals(a.getMessage(), b.getMessage())
                && Objects.equals(a.getFile(), b.getFile()) && Objects.equals(a.getLine(), b.getLine());
    }

    private static Attempt withPlan(Attempt a, String plan, List<String> backups) {
        return new Attempt(a.strategy(), a.rule(), a.salience(), a.baseSalience(), a.params(), a.outcome(), plan,
                a.detail(), backups, a.millis());
    }

    static String describe(ToolchainError e) {
        String s = (e.getType() == null ? "" : e.getType() + ": ") + (e.getMessage() == null ? "" : e.getMessage());
        s = s.isBlank() ? "exit " + e.getExitCode() : s;
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void sleep(Duration d) {
        if (d.isZero()) return;
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
