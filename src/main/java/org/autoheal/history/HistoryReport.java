package org.autoheal.history;

import java.util.List;

/**
 * What {@link History#read} found.
 *
 * @param incidents the incidents, oldest first
 * @param pending   how many of the home's incidents were interrupted and are not yet recovered
 *                  (counted before the {@code tool} and {@code last} filters)
 */
public record HistoryReport(List<HistoryRow> incidents, int pending) {
    public HistoryReport {
        incidents = List.copyOf(incidents);
    }
}
