package org.autoheal.heal;

import java.time.Instant;
import java.util.List;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupStore;
import org.autoheal.journal.Journal;
import org.autoheal.learn.Outcome;
import org.autoheal.learn.OutcomeStore;

/**
 * Writes what the pipeline does as it does it: the journal (an incident is opened before the
 * first change, each attempt, the final record), the backups, and the learning evidence.
 */
public final class Recorder {
    private final Journal journal;
    private final BackupStore backups;
    private final OutcomeStore outcomes;
    private final java.util.Map<String, Backup> open = new java.util.HashMap<>();

    public Recorder(Journal journal, BackupStore backups, OutcomeStore outcomes) {
        this.journal = journal;
        this.backups = backups;
        this.outcomes = outcomes;
    }

    void opened(Incident i) {
        // with the decision: if AutoHeal dies mid-heal, `why` still shows what was decided and why
        var rec = IncidentJson.incident(i, true);
        rec.remove(List.of("attempts", "outcome"));
        rec.put("type", "incident_open");
        journal.append(rec);
    }

    /** The journal record carries the cause and the same time as the outcome, so outcomes can be rebuilt from it. */
    void attempted(Incident i, Attempt a, String cause) {
        Instant now = Instant.now();
        var rec = IncidentJson.attempt(a);
        rec.put("type", "attempt").put("incident", i.id()).put("at", now.toString()).put("cause", cause);
        IncidentJson.learned(rec, i, a.rule(), cause);
        journal.append(rec);
        try {
            outcomes.record(new Outcome(now, a.rule(), cause, a.strategy(), a.outcome(), i.id()));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Recorder.class).warn("cannot record the outcome for learning: {}", e.getMessage());
        }
    }

    /** Just before a strategy changes anything: tells recovery what an interrupted incident was doing. */
    void applying(Incident i, String strategy, String plan) {
        journal.append(org.autoheal.explain.Json.object().put("type", "apply").put("incident", i.id())
                .put("strategy", strategy).put("plan", plan).put("at", Instant.now().toString()));
        org.autoheal.backup.FaultPoints.reach("heal:before-apply");
    }

    void finished(Incident i) {
        var rec = IncidentJson.incident(i, true);
        rec.put("type", "incident");
        journal.append(rec);
        open.remove(i.id());
    }

    /** The incident's backup folder, opened once and created before the first change. */
    Backup backup(String incidentId, String tool) throws java.io.IOException {
        Backup b = open.get(incidentId);
        if (b == null) {
            b = backups.open(incidentId, tool);
            open.put(incidentId, b);
        }
        return b;
    }
}
