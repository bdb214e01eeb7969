package org.autoheal.flap;

import java.time.Instant;
import java.util.List;

/** The decisions of flapping control as pure functions of the state, the policy and the time. */
final class FlapRules {
    private FlapRules() {
    }

    static Verdict verdict(FlapState.Tool t, String tool, String cause, FlapPolicy policy, Instant now) {
        prune(t, policy, now);
        if (t.breaker != null) {
            return Verdict.deny(Verdict.BREAKER, "circuit breaker open since " + FlapGuard.show(t.breaker.openedAt())
                    + " (" + ordinal(t.breaker.failures()) + " failed heal of " + tool + "/" + t.breaker.cause()
                    + "): " + tool + " needs attention; fix it by hand or run `autoheal health --reset " + tool + "`", null);
        }
        FlapState.Cause c = t.causes.get(cause);
        if (c != null && c.failures > 0 && c.lastFailure != null) {
            Instant until = c.lastFailure.plus(policy.backoff(c.failures));
            if (now.isBefore(until)) {
                return Verdict.deny(Verdict.BACKOFF, "backoff until " + FlapGuard.show(until) + " ("
                        + ordinal(c.failures) + " failed heal of " + tool + "/" + cause + ")", until);
            }
        }
        int max = policy.maxHealsPerWindow();
        if (t.heals.size() >= max) {
            Instant until = t.heals.get(t.heals.size() - max).plus(policy.window());
            return Verdict.deny(Verdict.WINDOW, "window: " + t.heals.size() + " heals of " + tool + " within "
                    + policy.window() + " (max_heals_per_window " + max + "); next heal at " + FlapGuard.show(until), until);
        }
        return Verdict.allow();
    }

    /** Drops heals that left the window. */
    static void prune(FlapState.Tool t, FlapPolicy policy, Instant now) {
        Instant start = now.minus(policy.window());
        t.heals.removeIf(h -> !h.isAfter(start));
    }

    static FlapStatus status(FlapState.Tool t, String tool, FlapPolicy policy, Instant now) {
        prune(t, policy, now);
        List<FlapStatus.CauseStatus> causes = t.causes.entrySet().stream().map(e -> {
            FlapState.Cause c = e.getValue();
            Instant until = c.failures > 0 && c.lastFailure != null ? c.lastFailure.plus(policy.backoff(c.failures)) : null;
            return new FlapStatus.CauseStatus(e.getKey(), c.failures, c.lastFailure,
                    until != null && until.isAfter(now) ? until : null);
        }).toList();
        FlapState.Breaker b = t.breaker;
        return new FlapStatus(tool, b != null, b == null ? null : b.openedAt(), b == null ? null : b.cause(),
                t.heals.size(), policy.maxHealsPerWindow(), t.healthySince, causes, t.heals.size() >= policy.maxHealsPerWindow()
                        ? t.heals.get(t.heals.size() - policy.maxHealsPerWindow()).plus(policy.window()) : null);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
