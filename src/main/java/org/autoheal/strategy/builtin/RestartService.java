package org.autoheal.strategy.builtin;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.service.RestartResult;
import org.autoheal.strategy.Action;
import org.autoheal.strategy.Params;
import org.autoheal.strategy.Refusal;
import org.autoheal.strategy.Strategy;
import org.autoheal.strategy.StrategyContext;
import org.autoheal.strategy.Verification;

/**
 * {@code restart_service}: restarts a configured service (its restart command, or stop + start
 * of the process AutoHeal manages) and waits with backoff until its probe answers.
 * Commands come from config only, never from error text.
 */
public final class RestartService implements Strategy {
    @Override
    public String name() {
        return "restart_service";
    }

    @Override
    public Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal {
        Service spec = ServiceSpecs.configured(ctx.services(), Params.required(params, "service"));
        return new Action() {
            @Override
            public String describe() {
                String how = spec.restart() != null ? String.join(" ", spec.restart()) : "stop + start " + String.join(" ", spec.start());
                return "restart service " + spec.name() + " (" + how + ") and wait up to "
                        + spec.readyTimeout().toSeconds() + "s for its probe";
            }

            @Override
            public String apply() throws IOException {
                return restart(ctx, spec);
            }

            @Override
            public Verification verification() {
                return new Verification(2, Duration.ofMillis(500), Duration.ofSeconds(1));
            }
        };
    }

    static String restart(StrategyContext ctx, Service spec) throws IOException {
        RestartResult r = ctx.serviceManager().restart(spec);
        if (!r.ready()) {
            // a copy we started that never answered would be an orphan: stop it before giving up
            String cleanup = r.pid() == null ? "" : "; " + ctx.serviceManager().stop(spec).detail();
            throw new IOException("service " + spec.name() + " did not come back: " + r.detail() + cleanup
                    + (r.stopNote() == null ? "" : "; stop: " + r.stopNote()));
        }
        return "restarted " + spec.name() + (r.pid() == null ? "" : " (pid " + r.pid() + ")") + "; its probe answered after "
                + r.timeToReady().toMillis() + " ms" + (r.stopNote() == null ? "" : "; stop: " + r.stopNote());
    }
}
