package org.autoheal.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One incident as {@code autoheal history} lists it; its JSON form is a row of {@code history --json}.
 *
 * @param outcome    the final record's outcome; "interrupted" when it was opened but never finished,
 *                   "in_progress" while another AutoHeal holds the home lock
 * @param cause      the diagnosed cause, null when the incident has no diagnosis
 * @param strategy   the last attempt's strategy ("NAME (deferred)" when flapping control held it back), or null
 * @param rolledBack how many rollbacks restored files of this incident
 * @param healer     who holds the home lock, for an incident in progress
 * @param recovery   "pending" for an interrupted incident not yet recovered, else what recovery did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "tool", "at", "outcome", "cause", "strategy", "rolled_back", "healer", "recovery", "recovery_detail"})
public record HistoryRow(String id, String tool, String at, String outcome, String cause, String strategy,
                         @JsonProperty("rolled_back") int rolledBack, String healer, String recovery,
                         @JsonProperty("recovery_detail") String recoveryDetail) {

    HistoryRow withRolledBack(int n) {
        return new HistoryRow(id, tool, at, outcome, cause, strategy, n, healer, recovery, recoveryDetail);
    }

    HistoryRow inProgress(String holder) {
        return new HistoryRow(id, tool, at, "in_progress", cause, strategy, rolledBack, holder, recovery, recoveryDetail);
    }

    HistoryRow pending() {
        return new HistoryRow(id, tool, at, outcome, cause, strategy, rolledBack, healer, "pending", recoveryDetail);
    }

    HistoryRow recovered(String action, String detail) {
        return new HistoryRow(id, tool, at, "interrupted", cause, strategy, rolledBack, healer, action, detail);
    }
}
