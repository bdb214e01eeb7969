package org.autoheal.strategy.json;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link JsonRepairer#repair(String)}: strict JSON, pretty-printed with a
 * two-space indent and a trailing newline, plus one readable line per kind of fix made.
 * An empty fix list means the input already was strict JSON; only its layout may differ.
 */
public record JsonRepair(String json, List<String> fixes) {

    public JsonRepair {
        Objects.requireNonNull(json, "json");
        fixes = List.copyOf(fixes);
    }

    /** True when something beyond layout had to change to make the text strict JSON. */
    public boolean hasFixes() {
        return !fixes.isEmpty();
    }
}
