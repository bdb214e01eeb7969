package org.autoheal.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.HealOutcome;
import org.autoheal.journal.JournalRecord;
import org.autoheal.recover.HomeGuard;
import org.autoheal.recover.Unfinished;
import org.autoheal.state.HomeLock;
import org.autoheal.state.LockHolder;

/**
 * Past incidents from a home's journal. One opened but never finished is "interrupted" (with its
 * recovery: pending, or what repair/rollback did), or "in_progress" while another AutoHeal holds
 * the home lock. Reads only; takes no lock.
 */
public final class History {
    private History() {
    }

    /** The incidents in journal order, only {@code tool}'s when given, only the last {@code last} when given. */
    public static HistoryReport read(HomeConfig config, String tool, Integer last) {
        List<JournalRecord> records = HomeGuard.journal(config).records();
        Map<String, HistoryRow> byId = new LinkedHashMap<>();
        Map<String, Integer> rollbacks = new LinkedHashMap<>();
        for (JournalRecord r : records) {
            if (r instanceof JournalRecord.IncidentOpen o) {
                byId.putIfAbsent(text(o.id()), row(o.id(), o.tool(), o.at(), "interrupted", null, null));
            } else if (r instanceof JournalRecord.Incident i) {
                JsonNode d = i.diagnosis();
                List<JournalRecord.AttemptEntry> a = i.attempts();
                byId.put(text(i.id()), row(i.id(), i.tool(), i.at(), text(i.outcome()),
                        d != null && d.isObject() ? d.path("cause").asText() : null,
                        a.isEmpty() ? null : lastStrategy(a.get(a.size() - 1))));
            } else if (r instanceof JournalRecord.Rollback b) {
                rollbacks.merge(text(b.incident()), 1, Integer::sum);
            }
        }
        byId.replaceAll((id, row) -> row.withRolledBack(rollbacks.getOrDefault(id, 0)));
        // unfinished incidents: being healed right now if another AutoHeal holds the lock, else interrupted
        Optional<LockHolder> healer = HomeLock.heldBy(config.home());
        int pending = 0;
        for (Unfinished u : Unfinished.among(records)) {
            HistoryRow row = byId.get(u.id());
            if (row == null) continue;
            if (healer.isPresent()) {
                byId.put(u.id(), row.inProgress(healer.get().describe()));
            } else {
                byId.put(u.id(), row.pending());
                pending++;
            }
        }
        Unfinished.recoveries(records).forEach((id, r) -> byId.computeIfPresent(id,
                (k, row) -> row.recovered(text(r.action()), text(r.detail()))));
        List<HistoryRow> rows = byId.values().stream().filter(r -> tool == null || tool.equals(r.tool())).toList();
        if (last != null && rows.size() > last) rows = rows.subList(rows.size() - last, rows.size());
        return new HistoryReport(rows, pending);
    }

    /** The last attempt's strategy; one flapping control held back applied nothing, and says so. */
    private static String lastStrategy(JournalRecord.AttemptEntry attempt) {
        String strategy = text(attempt.strategy());
        boolean held = HealOutcome.SKIPPED.is(attempt.outcome()) && text(attempt.detail()).startsWith("flapping control");
        return held ? strategy + " (deferred)" : strategy;
    }

    /** A field the line lacks shows as empty, as it always has. */
    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static HistoryRow row(String id, String tool, String at, String outcome, String cause, String strategy) {
        return new HistoryRow(text(id), text(tool), text(at), outcome, cause, strategy, 0, null, null, null);
    }
}
