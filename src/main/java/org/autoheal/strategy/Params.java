package org.autoheal.strategy;

import java.nio.file.Path;
import java.util.Map;
import org.autoheal.backup.PathRefusedException;

/** Reading a proposal's parameters: required values and paths confined by the guard. */
public final class Params {
    private Params() {
    }

    public static String required(Map<String, String> params, String key) throws Refusal {
        String v = params.get(key);
        if (v == null || v.isBlank()) throw new Refusal("the proposal has no '" + key + "' parameter");
        return v;
    }

    /** The real path inside the toolchain's roots for a path taken from error text. */
    public static Path path(StrategyContext ctx, Map<String, String> params, String key) throws Refusal {
        return confine(ctx, required(params, key));
    }

    /** Confines a path from untrusted text to the toolchain's roots, or refuses. */
    public static Path confine(StrategyContext ctx, String raw) throws Refusal {
        try {
            return ctx.guard().resolve(raw, ctx.toolchain().workdir());
        } catch (PathRefusedException e) {
            throw new Refusal(e.getMessage());
        }
    }

    public static int intParam(Map<String, String> params, String key) throws Refusal {
        String v = required(params, key);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new Refusal("parameter '" + key + "' is not a number: " + v);
        }
    }
}
