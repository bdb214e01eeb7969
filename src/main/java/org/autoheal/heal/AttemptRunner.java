package org.autoheal.heal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.autoheal.backup.Backup;
import org.autoheal.backup.FaultPoints;
import org.autoheal.backup.PathGuard;
import org.autoheal.backup.RollbackPolicy;
import org.autoheal.backup.RollbackResult;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Toolchain;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.exec.RunResult;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.autoheal.journal.HealOutcome;
import org.autoheal.service.ServiceManager;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.StrategyRegistry;

/**
 * One proposal through the steps of DESIGN §1: plan, approve, back up, apply, verify, and roll
 * back what did not heal. Each step hands on to the next or ends the attempt with its
 * {@link HealOutcome}; whether a fix healed is {@link HealVerdict}'s to say.
 */
final class AttemptRunner {
    private final HomeConfig config;
    private final StrategyRegistry registry;
    private final ToolchainRuns runs;
    private final ServiceManager services;
    private final Recorder recorder;
    private final Approver approver;
    private final boolean dryRun;
    private final Consumer<String> progress;

    AttemptRunner(HomeConfig config, StrategyRegistry registry, ToolchainRuns runs, ServiceManager services,
                  Recorder recorder, Approver approver, boolean dryRun, Consumer<String> progress) {
        this.config = config;
        this.registry = registry;
        this.runs = runs;
        this.services = services;
        this.recorder = recorder;
        this.approver = approver;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    /** How an attempt ended; {@code after} is the passing (or next-problem) run when it healed, else null. */
    record Tried(Attempt attempt, RunResult after) {
    }

    /** What one attempt has gathered so far; the steps fill it in order. */
    private static final class Try {
        final Incident incident;
        final Toolchain toolchain;
        final Proposal proposal;
        final int baseSalience;
        final String tag;
        final long t0 = System.nanoTime();
        Action action;
        String plan;
        Backup backup;
        List<String> backups = List.of();
        String done;

        Try(Incident incident, Toolchain toolchain, Proposal proposal, int baseSalience) {
            this.incident = incident;
            this.toolchain = toolchain;
            this.proposal = proposal;
            this.baseSalience = baseSalience;
            this.tag = "[" + toolchain.name() + "] " + proposal.getStrategy() + " " + ProgressDetails.of(proposal.getParams());
        }

        /** Ended before a plan was shown to anyone (or before anything could be backed up): no plan, no backups. */
        Optional<Tried> unplanned(HealOutcome outcome, String detail) {
            return Optional.of(new Tried(attempt(outcome, null, detail, List.of()), null));
        }

        Optional<Tried> ended(HealOutcome outcome, String detail) {
            return Optional.of(new Tried(attempt(outcome, plan, detail, backups), null));
        }

        Tried healed(String detail, RunResult after) {
            return new Tried(attempt(HealOutcome.HEALED, plan, detail, backups), after);
        }

        private Attempt attempt(HealOutcome outcome, String plan, String detail, List<String> backups) {
            Proposal p = proposal;
            return new Attempt(p.getStrategy(), p.getRule(), p.getSalience(), baseSalience, p.getParams(), outcome.wire(),
                    plan, detail, backups, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Tries {@code p} for the incident; {@code original} is the root cause's signal the fix must make go away. */
    Tried run(Incident incident, Toolchain t, Proposal p, ToolchainError original, RuleCatalog catalog) {
        RuleInfo rule = catalog.get(p.getRule());
        Try x = new Try(incident, t, p, rule == null ? p.getSalience() : rule.baseSalience());
        return plan(x)
                .or(() -> approve(x))
                .or(() -> backUp(x))
                .or(() -> apply(x))
                .orElseGet(() -> verify(x, original));
    }

    /** The strategy says what it would do (or refuses); nothing is changed. */
    private Optional<Tried> plan(Try x) {
        Proposal p = x.proposal;
        Strategy strategy = registry.find(p.getStrategy()).orElse(null);
        if (strategy == null) {
            progress.accept(x.tag + ": error: no strategy named '" + p.getStrategy() + "' is registered");
            return x.unplanned(HealOutcome.ERROR, "no strategy named '" + p.getStrategy() + "'");
        }
        Toolchain t = x.toolchain;
        PathGuard guard = new PathGuard(config.home().root(), t.roots());
        StrategyContext ctx = new StrategyContext(config.home(), t, config.settings(), guard, runs.runner(), services,
                config.services());
        try {
            x.action = strategy.plan(ctx, p.getParams());
        } catch (Refusal r) {
            progress.accept(x.tag + ": refused: " + r.getMessage());
            return x.unplanned(HealOutcome.REFUSED, r.getMessage());
        } catch (RuntimeException e) {
            progress.accept(x.tag + ": error while planning: " + e.getMessage());
            return x.unplanned(HealOutcome.ERROR, "planning failed: " + e.getMessage());
        }
        x.plan = x.action.describe();
        return Optional.empty();
    }

    /** --dry-run stops here; otherwise the approver (--yes, auto_approve, or a person) says yes or no. */
    private Optional<Tried> approve(Try x) {
        if (dryRun) {
            progress.accept(x.tag + ": would " + x.plan + " (dry run)");
            return x.ended(HealOutcome.DRY_RUN, "not applied: --dry-run");
        }
        if (!approver.approve(x.incident, x.proposal, x.plan)) {
            progress.accept(x.tag + ": skipped (" + approver.refusal() + "): " + x.plan);
            return x.ended(HealOutcome.SKIPPED, approver.refusal());
        }
        return Optional.empty();
    }

    /** Every file the action will modify, chmod or create is recorded in the incident's backup before it is touched. */
    private Optional<Tried> backUp(Try x) {
        Action action = x.action;
        try {
            x.backup = recorder.backup(x.incident.id(), x.toolchain.name());
            for (var f : action.modifies()) x.backup.save(f, f.getFileName().toString());
            for (var f : action.chmods()) x.backup.saveModeOnly(f);
            for (var f : action.creates()) x.backup.recordCreated(f);
        } catch (Exception e) {
            progress.accept(x.tag + ": refused: cannot back up: " + e.getMessage());
            return x.unplanned(HealOutcome.REFUSED, "cannot back up: " + e.getMessage());
        }
        // process strategies (pip, restarts) change no file: then there is no manifest to list
        x.backups = action.modifies().isEmpty() && action.chmods().isEmpty() && action.creates().isEmpty()
                ? List.of() : List.of(config.home().show(x.backup.manifest()));
        return Optional.empty();
    }

    /** The strategy does the work; one that throws is rolled back. */
    private Optional<Tried> apply(Try x) {
        progress.accept(x.tag + ": " + x.plan);
        recorder.applying(x.incident, x.proposal.getStrategy(), x.plan);
        String done;
        try {
            done = x.action.apply();
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            progress.accept(x.tag + ": error: " + why + "; rolling back");
            rollBack(x);
            return x.ended(HealOutcome.ERROR, why);
        }
        try { // what the heal left: a later rollback restores a file only while it still holds this
            x.backup.recordHealed();
        } catch (Exception e) {
            progress.accept(x.tag + ": cannot record the healed state (" + e.getMessage() + "); a later rollback asks for --force");
        }
        progress.accept(x.tag + ": done: " + done + "; verifying");
        x.done = done;
        return Optional.empty();
    }

    /** The toolchain runs again; {@link HealVerdict} says whether it healed, and what did not is rolled back. */
    private Tried verify(Try x, ToolchainError original) {
        FaultPoints.reach("heal:applied");
        RunResult after = runs.verify(x.toolchain, x.action);
        FaultPoints.reach("heal:verified");
        ToolchainError now = after.ok() ? null : runs.parse(x.toolchain, after);
        switch (HealVerdict.of(original, now)) {
            case PASSES -> {
                progress.accept(x.tag + ": verified: the toolchain passes");
                return x.healed(x.done, after);
            }
            case ORIGINAL_ERROR_GONE -> {
                progress.accept(x.tag + ": the original error is gone; the toolchain now fails with: " + Healer.describe(now));
                return x.healed(x.done + HealVerdict.GONE_DETAIL + Healer.describe(now), after);
            }
            default -> {
                progress.accept(x.tag + ": verification failed (" + Healer.describe(now) + "); rolling back");
                rollBack(x);
                return x.ended(HealOutcome.FAILED, x.done + HealVerdict.REMAINS_DETAIL + Healer.describe(now)).orElseThrow();
            }
        }
    }

    /** The action's own undo, then the backup restored (a file changed meanwhile is kept as a copy, never lost). */
    private void rollBack(Try x) {
        try {
            x.action.undo();
        } catch (Exception e) {
            progress.accept(x.tag + ": undo failed: " + e.getMessage());
        }
        RollbackResult r = x.backup.restore(RollbackPolicy.KEEP_COPIES);
        r.kept().forEach(k -> progress.accept(x.tag + ": kept a copy of content changed meanwhile: " + config.home().show(k)));
        List<String> keptFolders = r.keptFolders().stream().map(config.home()::show).toList();
        if (r.refused().isEmpty()) {
            // a created folder that now holds other files stays: said here, once (the backup layer only logs it)
            progress.accept(x.tag + ": rolled back" + (keptFolders.isEmpty() ? ""
                    : "; kept " + String.join(", ", keptFolders) + ": the heal created it, and it now holds files the heal did not record"));
        } else {
            progress.accept(x.tag + ": ROLLBACK FAILED for " + String.join("; ", r.refused()) + "; originals are in "
                    + config.home().show(x.backup.manifest()));
        }
    }
}
