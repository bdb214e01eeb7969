package org.autoheal.facts;

import java.util.List;

/**
 * A strategy that was not proposed because the diagnosis lacks a detail it needs; with the
 * candidates when several fit equally (none: nothing in the error or the context names it).
 */
public record MissingDetail(String strategy, String detail, List<String> candidates) {
    public MissingDetail {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** {@code repair_json: needs json_file; 2 candidates: a.json, b.json} */
    public String describe() {
        String why = candidates.isEmpty() ? "neither the error nor the toolchain's context names it"
                : candidates.size() + " candidates fit equally, AutoHeal does not guess: " + String.join(", ", candidates);
        return strategy + ": needs " + detail + "; " + why;
    }
}
