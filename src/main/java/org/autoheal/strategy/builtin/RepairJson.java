package org.autoheal.strategy.builtin;

import java.nio.file.Path;
import java.util.Map;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.SourceFile;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.json.JsonRepair;
import org.autoheal.strategy.json.JsonRepairer;
import org.autoheal.strategy.json.UnrepairableJsonException;

/**
 * {@code repair_json}: edits a malformed JSON file into strict JSON, changing only the broken
 * tokens (layout, key order and number spellings stay as they were) and never a value; refuses
 * when it cannot be sure (the repairer checks the result value by value).
 */
public final class RepairJson implements Strategy {
    /**
     * Made at the first repair, not with the strategy: every command that loads the strategies (a one-shot
     * {@code diagnose} too) would otherwise set up Jackson's ObjectMapper, 15-20 ms of a cold start
     * (docs/performance.md, session 13). A repairer is safe for many threads.
     */
    private static final class Shared {
        static final JsonRepairer REPAIRER = new JsonRepairer();
    }

    @Override
    public String name() {
        return "repair_json";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Path file = Params.path(ctx, params, "path");
        String text = SourceFile.read(ctx.guard().files(), file, JsonRepairer.DEFAULT_MAX_BYTES);
        JsonRepair repair;
        try {
            repair = Shared.REPAIRER.repair(text);
        } catch (UnrepairableJsonException e) {
            throw new Refusal(file + ":" + e.getMessage() + "; not repairing it automatically");
        }
        if (!repair.hasFixes()) throw new Refusal(file + " is already valid JSON; the error lies elsewhere");
        String fixes = String.join("; ", repair.fixes());
        return SourceFile.rewrite(ctx.guard().files(), file, "edit " + file + " into strict JSON (" + fixes + ")", repair.json(),
                "repaired " + file.getFileName() + ": " + fixes);
    }
}
