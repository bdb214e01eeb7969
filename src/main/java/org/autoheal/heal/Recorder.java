package org.autoheal.heal;

import java.time.Instant;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupStore;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
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
        journal.append(IncidentJson.record(i, true).opening());
    }

    /** The journal record carries the cause and the same time as the outcome, so outcomes can be rebuilt from it. */
    void attempted(Incident i, Attempt a, String cause) {
        Instant now = Instant.now();
        journal.append(IncidentJson.attemptRecord(i, a, now.toString(), cause));
        try {
            outcomes.record(new Outcome(now, a.rule(), cause, a.strategy(), a.outcome(), i.id()));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(Recorder.class).warn("cannot record the outcome for learning: {}", e.getMessage());
        }
    }

    /** Just before a strategy changes anything: tells recovery what an interrupted incident was doing. */
    void applying(Incident i, String strategy, String plan) {
        journal.append(new JournalRecord.Apply(i.id(), strategy, plan, Instant.now().toString()));
        org.autoheal.backup.FaultPoints.reach("heal:before-apply");
    }

    void finished(Incident i) {
        journal.append(IncidentJson.record(i, true));
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
