package org.autoheal.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoheal.config.HomeConfig;
import org.autoheal.config.Service;
import org.autoheal.journal.HealOutcome;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.service.PidRecord;
import org.autoheal.service.ProbeResult;
import org.autoheal.service.Probes;
import org.autoheal.service.ServiceManager;

/**
 * The configured services as a person sees them ({@code autoheal services}): who runs each one,
 * whether its probe answers, the process AutoHeal started (verified against the configured
 * command, never the pid file alone) and since when, and the last time it was restarted or
 * started/stopped by hand, from the journal.
 */
public final class ServiceOverview {
    /** Strategies whose attempts restart a service named by the {@code service} parameter. */
    private static final List<String> RESTARTING = List.of("restart_service", "reconnect_websocket");
    private static final java.util.Set<HealOutcome> NOT_RUN = java.util.EnumSet.of(HealOutcome.SKIPPED, HealOutcome.DRY_RUN,
            HealOutcome.REFUSED);

    /**
     * @param runBy       {@code autoheal} (AutoHeal starts it: {@code start}) or {@code external} ({@code restart}/{@code stop} only)
     * @param state       {@code running} (our process, probe answers), {@code not answering} (our process, probe down),
     *                    {@code up} (probe answers, not our process) or {@code down}
     * @param lastRestart when and how it was last (re)started or stopped: "2026-12-06T21:00:00Z by incident X (healed)"
     */
    public record Row(String name, String runBy, String state, Long pid, String since, String probe, String probeDetail,
                      String lastRestart) {
    }

    private final HomeConfig config;
    private final ServiceManager manager;
    private final Journal journal;

    public ServiceOverview(HomeConfig config, ServiceManager manager, Journal journal) {
        this.config = config;
        this.manager = manager;
        this.journal = journal;
    }

    public List<Row> rows(Duration probeTimeout) {
        Map<String, String> last = lastRestarts(journal.records());
        List<Row> rows = new ArrayList<>();
        for (Service s : config.services().values()) {
            Optional<PidRecord> ours = manager.running(s);
            var probe = Probes.of(s.probe(), s.workdir(), s.env());
            ProbeResult r = probe.check(probeTimeout);
            String state = ours.isPresent() ? (r.up() ? "running" : "not answering") : r.up() ? "up" : "down";
            rows.add(new Row(s.name(), s.start() != null ? "autoheal" : "external", state,
                    ours.map(PidRecord::pid).orElse(null), ours.map(PidRecord::startTime).orElse(null),
                    probe.target(), r.detail(), last.get(s.name())));
        }
        return rows;
    }

    /** Service name → its newest restart (by a heal) or start/stop (by `autoheal services`), oldest records first. */
    static Map<String, String> lastRestarts(List<JournalRecord> records) {
        Map<String, String> last = new HashMap<>();
        for (JournalRecord r : records) {
            if (r instanceof JournalRecord.Service s) {
                last.put(s.service(), s.at() + " " + s.action() + " by hand (" + s.detail() + ")");
            } else if (r instanceof JournalRecord.Incident i) {
                for (JournalRecord.AttemptEntry a : i.attempts()) {
                    String service = a.params() == null ? null : a.params().get("service");
                    if (service == null || a.strategy() == null || !RESTARTING.contains(a.strategy())) continue;
                    // a restart that never ran changed nothing
                    if (HealOutcome.of(a.outcome()).filter(NOT_RUN::contains).isPresent()) continue;
                    last.put(service, i.at() + " " + a.strategy() + " by incident " + i.id() + " (" + a.outcome() + ")");
                }
            }
        }
        return last;
    }
}
