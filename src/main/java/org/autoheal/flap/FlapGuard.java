package org.autoheal.flap;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;

/**
 * Flapping control (docs/flapping.md): per (tool, cause) exponential backoff between failed
 * heals, at most N heals of a toolchain per window, and a breaker that stops healing a toolchain
 * after repeated failed heals until it is seen healthy or an operator resets it. Time comes
 * from the injected clock only; every change is persisted at once.
 */
public final class FlapGuard {
    private final FlapStore store;
    private final FlapPolicy policy;
    private final Clock clock;
    private final Journal journal;
    /**
     * Last deferral journaled per tool/cause, so a daemon asking every interval logs each wait
     * once. Shared with the guard that replaces this one after a config reload.
     */
    private final Map<String, String> lastDeferral;

    /** @param journal where breaker changes, resets and deferrals are recorded; null for none */
    public FlapGuard(Path stateFile, FlapPolicy policy, Clock clock, Journal journal) {
        this(stateFile, policy, clock, journal, new ConcurrentHashMap<>());
    }

    private FlapGuard(Path stateFile, FlapPolicy policy, Clock clock, Journal journal, Map<String, String> lastDeferral) {
        this.store = new FlapStore(stateFile);
        this.policy = policy;
        this.clock = clock;
        this.journal = journal;
        this.lastDeferral = lastDeferral;
    }

    /** The home's guard: {@code state/flapping.json}, the configured policy, the journal, the system clock. */
    public static FlapGuard forHome(HomeConfig config) {
        return forHome(config, null);
    }

    /** The same, remembering the waits {@code previous} (the guard before a config reload; may be null) already journaled. */
    public static FlapGuard forHome(HomeConfig config, FlapGuard previous) {
        return new FlapGuard(config.home().state().resolve("flapping.json"), FlapPolicy.from(config.settings()),
                Clock.systemUTC(), new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes()),
                previous == null ? new ConcurrentHashMap<>() : previous.lastDeferral);
    }

    public FlapPolicy policy() { return policy; }
    public Path stateFile() { return store.file(); }

    /** Asked when a failure of {@code tool} with {@code cause} is seen: may a heal start now? */
    public Verdict check(String tool, String cause) {
        Instant now = clock.instant();
        Verdict v = store.update(s -> {
            FlapState.Tool t = s.tool(tool);
            t.healthySince = null; // a failure ends any healthy period
            return FlapRules.verdict(t, tool, cause, policy, now);
        });
        String key = tool + "\u0000" + cause;
        if (v.allowed()) {
            lastDeferral.remove(key);
            return v;
        }
        if ((v.kind() + v.until()).equals(lastDeferral.put(key, v.kind() + v.until()))) return v.asRepeat();
        append(new JournalRecord.Flapping(JournalRecord.Flapping.DEFERRED, tool, cause, v.reason(), clock.instant().toString(),
                v.kind(), v.until() == null ? null : v.until().toString()));
        return v;
    }

    /**
     * {@code tool} failed with an error no rule diagnoses: true when it is the same as the last one
     * journaled (until the tool is seen healthy or reset), so a daemon journals it once, not every round.
     */
    public boolean seenUndiagnosed(String tool, String signature) {
        return signature.equals(lastDeferral.put(tool + "\u0000\u0000undiagnosed", signature));
    }

    /** A heal of (tool, cause) finished: {@code healed} or not. Failed heals back off and may open the breaker. */
    public void recorded(String tool, String cause, boolean healed) {
        Instant now = clock.instant();
        List<JournalRecord> events = new ArrayList<>();
        store.update(s -> {
            FlapState.Tool t = s.tool(tool);
            t.healthySince = null;
            t.heals.add(now);
            FlapRules.prune(t, policy, now);
            FlapState.Cause c = t.cause(cause);
            if (healed) {
                c.failures = 0;
                c.lastFailure = null;
                if (t.breaker != null) {
                    t.breaker = null;
                    events.add(record("breaker_closed", tool, cause, "a heal of " + tool + "/" + cause + " worked"));
                }
                return null;
            }
            c.failures++;
            c.lastFailure = now;
            if (t.breaker == null && c.failures >= policy.breakerFailures()) {
                t.breaker = new FlapState.Breaker(now, cause, c.failures);
                events.add(record("breaker_open", tool, cause, tool + " needs attention: " + FlapRules.ordinal(c.failures)
                        + " failed heal of " + tool + "/" + cause + "; no more heals until it is seen healthy or reset"));
            }
            return null;
        });
        events.forEach(this::append);
    }

    /**
     * A heal a person ran ({@code autoheal repair}) finished. It is not the daemon flapping: it
     * takes no place in the window and a failure neither backs off nor opens the breaker; one
     * that worked closes the breaker and clears the cause's failures, as a person fixing it would.
     */
    public void recordedByPerson(String tool, String cause, boolean healed) {
        if (!healed) return;
        List<JournalRecord> events = new ArrayList<>();
        store.update(s -> {
            FlapState.Tool t = s.tools.get(tool);
            if (t == null) return null;
            FlapState.Cause c = t.causes.get(cause);
            if (c != null) {
                c.failures = 0;
                c.lastFailure = null;
            }
            if (t.breaker != null) {
                t.breaker = null;
                events.add(record("breaker_closed", tool, cause, "a repair by hand of " + tool + "/" + cause + " worked"));
            }
            return null;
        });
        lastDeferral.keySet().removeIf(k -> k.startsWith(tool + "\u0000"));
        events.forEach(this::append);
    }

    /** {@code tool} was seen healthy: closes its breaker; healthy for reset_after, its failed heals are forgotten. */
    public void healthy(String tool) {
        Instant now = clock.instant();
        List<JournalRecord> events = new ArrayList<>();
        store.update(s -> {
            FlapState.Tool t = s.tool(tool);
            if (t.healthySince == null) t.healthySince = now;
            if (t.breaker != null) {
                events.add(record("breaker_closed", tool, t.breaker.cause(), tool + " was seen healthy"));
                t.breaker = null;
            }
            boolean hadFailures = t.causes.values().stream().anyMatch(c -> c.failures > 0);
            if (!t.healthySince.plus(policy.resetAfter()).isAfter(now)) {
                t.causes.clear();
                if (hadFailures) events.add(record("backoff_reset", tool, null, tool + " healthy since "
                        + show(t.healthySince) + " (reset_after " + policy.resetAfter() + ")"));
            }
            FlapRules.prune(t, policy, now);
            return null;
        });
        lastDeferral.keySet().removeIf(k -> k.startsWith(tool + "\u0000"));
        events.forEach(this::append);
    }

    /** The operator's reset ({@code autoheal health --reset TOOL}): forgets everything about the tool. */
    public boolean reset(String tool) {
        boolean had = store.update(s -> s.tools.remove(tool) != null);
        lastDeferral.keySet().removeIf(k -> k.startsWith(tool + "\u0000"));
        append(record("reset", tool, null, had ? "operator reset: breaker closed, backoff and window cleared"
                : "operator reset: there was no flapping state"));
        return had;
    }

    /** The names with flapping state, toolchains or not (e.g. the stand-in {@code service-NAME} of a lone service). */
    public java.util.Set<String> tracked() {
        return java.util.Set.copyOf(store.read().tools.keySet());
    }

    /** The state of each of {@code names} and of every other name with state, from one read of the file. */
    public Map<String, FlapStatus> statuses(java.util.Collection<String> names) {
        FlapState s = store.read();
        Instant now = clock.instant();
        Map<String, FlapStatus> out = new java.util.LinkedHashMap<>();
        for (String n : names) out.put(n, FlapRules.status(s.tools.getOrDefault(n, new FlapState.Tool()), n, policy, now));
        s.tools.forEach((n, t) -> out.computeIfAbsent(n, k -> FlapRules.status(t, k, policy, now)));
        return out;
    }

    /** The state of {@code tool} now; reads only. */
    public FlapStatus status(String tool) {
        return FlapRules.status(store.read().tools.getOrDefault(tool, new FlapState.Tool()), tool, policy, clock.instant());
    }

    private JournalRecord record(String event, String tool, String cause, String reason) {
        return new JournalRecord.Flapping(event, tool, cause, reason, clock.instant().toString(), null, null);
    }

    private void append(JournalRecord record) {
        if (journal != null) journal.append(record);
    }

    static String show(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
