package org.autoheal.strategy.json;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link JsonRepairer#repair(String)}: the text with only its broken tokens
 * edited into strict JSON (everything else byte for byte as it was), plus one readable line per
 * edit ({@code line L, column C: what}, removed comments quoted). An empty fix list means the
 * input already was strict JSON and {@code json} is the input itself.
 */
public record JsonRepair(String json, List<String> fixes) {

    public JsonRepair {
        Objects.requireNonNull(json, "json");
        fixes = List.copyOf(fixes);
    }

    /** True when something had to change to make the text strict JSON. */
    public boolean hasFixes() {
        return !fixes.isEmpty();
    }
}
