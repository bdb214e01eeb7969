package org.autoheal.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.autoheal.api.AutoHeal;
import org.autoheal.api.DaemonAccess;
import org.autoheal.config.Service;
import org.autoheal.config.Toolchain;
import org.autoheal.flap.FlapGate;
import org.autoheal.flap.FlapGuard;
import org.autoheal.health.Check;
import org.autoheal.health.HealthChecks;
import org.autoheal.health.HealthReport;
import org.autoheal.heal.Approver;
import org.autoheal.heal.Incident;
import org.autoheal.heal.RepairReport;
import org.autoheal.state.HomeLockedException;

/**
 * One round of {@code watch}: run the health checks; repair, through the same pipeline as
 * {@code repair}, the toolchains marked {@code watch: true} and those with a failing check (a
 * service they depend on, their program, JSON files or modules) under flapping control; a service
 * that is down and that no toolchain depends on is healed through its {@link ServiceToolchain}. Without
 * approval the heals are only planned and recorded (attempts {@code skipped}).
 */
public final class WatchRound implements WatchLoop.Round {
    private final AutoHeal autoheal;
    private final Approver approver;
    private final Duration probeTimeout;
    private final Consumer<String> events;
    private final Consumer<Incident> incidents;
    private final RoundLog log;
    /** The checks that failed in the previous round (only this daemon's thread runs rounds). */
    private Set<String> failing = Set.of();

    public WatchRound(AutoHeal autoheal, Approver approver, Duration probeTimeout, Consumer<String> events,
                      Consumer<Incident> incidents) {
        this.autoheal = autoheal;
        this.approver = approver;
        this.probeTimeout = probeTimeout;
        this.events = events;
        this.incidents = incidents;
        this.log = new RoundLog(events);
    }

    @Override
    public void run(BooleanSupplier stopping) {
        var config = autoheal.snapshot().config(); // one config per round; a reload applies to the next
        FlapGuard guard = DaemonAccess.flapGuard(autoheal);
        HealthReport health = new HealthChecks(config, guard, probeTimeout, Clock.systemUTC()).run(null);
        announce(health.failed());
        Set<String> down = new LinkedHashSet<>();
        for (Check c : health.services()) if (!c.ok()) down.add(c.subject());
        List<Toolchain> scope = new ArrayList<>();
        for (Toolchain t : config.toolchains().values()) {
            boolean failing = health.of(t.name()).stream().anyMatch(c -> !c.ok() && !c.kind().equals("flapping"))
                    || t.dependsOn().stream().anyMatch(down::contains);
            if (t.watch() || failing) scope.add(t);
            else guard.healthy(t.name()); // its checks pass: a healthy period for backoff and breaker
        }
        for (Service s : config.services().values()) {
            if (config.toolchains().values().stream().anyMatch(t -> t.dependsOn().contains(s.name()))) continue;
            Toolchain stand = ServiceToolchain.of(s, config.home().root());
            if (!down.contains(s.name())) {
                if (stand != null) guard.healthy(stand.name());
            } else if (stand == null || config.toolchains().containsKey(stand.name())) {
                events.accept("service " + s.name() + " is down and no toolchain depends on it; "
                        + (stand == null ? "it has no probe to verify a heal with" : "a toolchain is named " + stand.name()));
            } else {
                scope.add(stand); // its run probes the service: reproduce, diagnose, restart, verify
            }
        }
        if (scope.isEmpty() || stopping.getAsBoolean()) return;
        RepairReport report;
        try {
            report = autoheal.healing("watch", () -> autoheal.repair(scope, approver, false, log, FlapGate.enforcing(guard), stopping));
        } catch (HomeLockedException e) {
            events.accept("home busy: " + e.getMessage() + "; the heals wait for the next round");
            return;
        }
        report.incidents().forEach(incidents);
        log.flush();
        report.toolchains().forEach((name, status) -> {
            if (!status.equals(RepairReport.DEFERRED) && !status.equals(RepairReport.HEALTHY)) {
                log.accept("[" + name + "] round result: " + status);
            }
        });
    }

    /** One line when a check starts failing and one when it passes again, not one per round. */
    private void announce(List<Check> failed) {
        Set<String> now = new LinkedHashSet<>();
        for (Check c : failed) {
            String what = (c.scope().equals(c.kind()) ? c.kind() : c.scope() + " " + c.kind()) + " " + c.subject();
            now.add(what);
            if (!failing.contains(what)) events.accept("check failed: " + what + ": " + c.detail());
        }
        for (String what : failing) if (!now.contains(what)) events.accept("check ok again: " + what);
        failing = now;
    }
}
