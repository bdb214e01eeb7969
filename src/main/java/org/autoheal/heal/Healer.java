package org.autoheal.heal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.autoheal.backup.FaultPoints;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.Decision;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleBase;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunResult;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.SalienceTable;
import org.autoheal.facts.ToolchainError;
import org.autoheal.journal.HealOutcome;
import org.autoheal.service.ServiceManager;
import org.autoheal.strategy.StrategyRegistry;

/**
 * The pipeline of DESIGN §1, in order: run → parse → decide → one {@link AttemptRunner attempt}
 * per proposal (plan, approve, back up, apply, verify, roll back) → record → learn. One class
 * runs the steps; each step's work lives in its own class or package.
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
    private final Recorder recorder;
    private final Supplier<SalienceTable> learned;
    private final IncidentIds ids;
    private final ToolchainRuns runs;
    private final AttemptRunner attempts;
    private final boolean dryRun;
    private final Consumer<String> progress;
    private BooleanSupplier stopping = () -> false;
    private HealGate gate = HealGate.OPEN;

    /** The home's healer: toolchains run by a {@link ProcessRunner}, services by the home's {@link ServiceManager}. */
    public Healer(HomeConfig config, Engine engine, StrategyRegistry registry, Recorder recorder,
                  Supplier<SalienceTable> learned, Approver approver, boolean dryRun, Consumer<String> progress) {
        this(config, engine, recorder, learned, IncidentIds.forHome(config.home().backups()),
                new ToolchainRuns(new ProcessRunner(), config.settings(), engine.rules().tables().known()), registry,
                new ServiceManager(config.home().root()), approver, dryRun, progress);
    }

    private Healer(HomeConfig config, Engine engine, Recorder recorder, Supplier<SalienceTable> learned, IncidentIds ids,
                   ToolchainRuns runs, StrategyRegistry registry, ServiceManager services, Approver approver,
                   boolean dryRun, Consumer<String> progress) {
        this(config, engine, recorder, learned, ids, runs,
                new AttemptRunner(config, registry, runs, services, recorder, approver, dryRun, progress), dryRun, progress);
    }

    Healer(HomeConfig config, Engine engine, Recorder recorder, Supplier<SalienceTable> learned, IncidentIds ids,
           ToolchainRuns runs, AttemptRunner attempts, boolean dryRun, Consumer<String> progress) {
        this.config = config;
        this.engine = engine;
        this.recorder = recorder;
        this.learned = learned;
        this.ids = ids;
        this.runs = runs;
        this.attempts = attempts;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    /** Flapping control and the like: may hold heals back and hears how they end (default: open). */
    public Healer gate(HealGate gate) {
        this.gate = Objects.requireNonNull(gate);
        return this;
    }

    /** Checked between heals (never inside one): the watch daemon's stop request on SIGTERM. */
    public Healer stopWhen(BooleanSupplier stopping) {
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
        RunResult run = runs.run(t);
        if (run.ok()) {
            progress.accept("[" + t.name() + "] " + HEALTHY_RUN);
            if (!dryRun) gate.healthy(t.name());
            report.toolchain(t.name(), RepairReport.HEALTHY);
            return;
        }
        String status = RepairReport.FAILING;
        for (int round = 0; round < MAX_INCIDENTS_PER_TOOLCHAIN && !stopping.getAsBoolean(); round++) {
            Handled h = handle(t, runs.parse(t, run), run);
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

    /** An incident (null when nothing new was journaled) and the toolchain's last run: passing when healed. */
    private record Handled(Incident incident, RunResult after) {
    }

    /**
     * An error reported by another program (the intake, the Java API). Without {@code heal}, or
     * without a configured toolchain to verify against, it is decided and journaled only
     * (outcome {@code diagnosed}); with both, it goes through the same steps as a failed run.
     */
    public Incident report(Toolchain t, ToolchainError error, boolean heal) {
        if (heal && t != null) return handle(t, error, null).incident();
        Decided d = decide(t, error);
        String tool = t != null ? t.name() : error.getTool() != null ? error.getTool() : "reported";
        return finish(d.incident(ids.next(tool), tool), d.decision().diagnosed() ? HealOutcome.DIAGNOSED : HealOutcome.UNDIAGNOSED);
    }

    /** The decision, with what it was made on: kept with the incident so `why` shows them as they were. */
    private record Decided(RuleBase rules, SalienceTable table, Decision decision) {
        Incident incident(String id, String tool) {
            return new Incident(id, tool, decision, Instant.now(), table, rules.catalog());
        }

        String cause() {
            return decision.diagnosed() ? decision.primary().getCause() : null;
        }
    }

    private Decided decide(Toolchain t, ToolchainError error) {
        RuleBase rules = engine.rules(); // once per incident: a hot reload does not change an incident under way
        SalienceTable table = learned.get(); // kept with the incident: `why` shows the evidence as it was
        return new Decided(rules, table, engine.decide(rules, error, Engine.context(config, t, table)));
    }

    private Handled handle(Toolchain t, ToolchainError error, RunResult run) {
        Decided d = decide(t, error);
        Decision decision = d.decision();
        String cause = d.cause();
        Optional<HealGate.Deferral> held = dryRun || !decision.diagnosed() || decision.proposals().isEmpty()
                ? Optional.empty() : gate.deferral(t.name(), cause);
        if (!decision.diagnosed() && gate.seenUndiagnosed(t.name(), error.getType() + ": " + error.getMessage())) {
            progress.accept("[" + t.name() + "] " + STILL_FAILING + " with the same undiagnosed error (journaled once)");
            return new Handled(null, run);
        }
        if (held.isPresent() && held.get().repeated()) { // one incident per wait, not one per look
            progress.accept("[" + t.name() + "] " + STILL_FAILING + " (" + cause + "), still deferred: " + held.get().reason());
            return new Handled(null, run);
        }
        Incident incident = d.incident(ids.next(t.name()), t.name());
        progress.accept("[" + t.name() + "] failed: " + describe(error));
        if (!decision.diagnosed()) {
            progress.accept("[" + t.name() + "] undiagnosed: no rule matched; nothing changed");
            return new Handled(finish(incident, HealOutcome.UNDIAGNOSED), run);
        }
        progress.accept("[" + t.name() + "] diagnosis: " + decision.primary().getCause() + " " + ProgressDetails.of(decision.primary().getDetails())
                + " (rule \"" + decision.primary().getRule() + "\")");
        recorder.opened(incident);
        if (held.isPresent()) return deferred(incident, t, decision.proposals().get(0), held.get().reason(), run);
        return tryProposals(incident, t, d, run);
    }

    /** The proposals in rank order until one heals, up to max_attempts that changed something. */
    private Handled tryProposals(Incident incident, Toolchain t, Decided d, RunResult run) {
        Decision decision = d.decision();
        String cause = d.cause();
        RunResult after = run;
        int applied = 0;
        for (Proposal p : decision.proposals()) {
            if (applied >= config.settings().maxAttempts() || stopping.getAsBoolean()) break;
            var tried = attempts.run(incident, t, p, decision.error(), d.rules().catalog()); // the root cause's signal
            incident.add(tried.attempt());
            // evidence goes to the cause the proposing rule saw ($d in its salience), not only the primary one
            recorder.attempted(incident, tried.attempt(), p.getDiagnosis() != null ? p.getDiagnosis().getCause() : cause);
            String o = tried.attempt().outcome();
            if (HealOutcome.isEvidence(o)) applied++; // it ran: healed, failed or error
            if (HealOutcome.HEALED.is(o)) {
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
        return new Handled(finish(incident, Incident.outcomeOf(incident.attempts(), true)), run);
    }

    private Incident finish(Incident incident, HealOutcome outcome) {
        return finish(incident, outcome.wire());
    }

    private Incident finish(Incident incident, String outcome) {
        incident.finish(outcome);
        recorder.finished(incident);
        return incident;
    }

    static String describe(ToolchainError e) {
        String s = (e.getType() == null ? "" : e.getType() + ": ") + (e.getMessage() == null ? "" : e.getMessage());
        s = s.isBlank() ? "exit " + e.getExitCode() : s;
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }
}
