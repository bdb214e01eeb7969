package org.autoheal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.autoheal.facts.CustomPattern;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.PatternCandidate;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * A compiled, immutable set of rules plus custom patterns. Each decision runs in a session of
 * this rule base's pool, reset to empty when the decision ends, so nothing lingers between errors
 * and a rule base swapped by hot reload never affects a decision already under way.
 */
public final class RuleBase {
    static final int MAX_FIRINGS = 10_000;
    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final List<CustomPattern> patterns;
    private final PatternPrefilter prefilter;
    private final String version;
    private final boolean usesLearned;
    private final boolean usesKnown;
    private final SessionPool sessions;

    private final boolean fromCache;
    private final RuleTables tables;

    RuleBase(KieBase kieBase, RuleCatalog catalog, List<CustomPattern> patterns, String version) {
        this(kieBase, catalog, patterns, version, false, RuleTables.bundled());
    }

    RuleBase(KieBase kieBase, RuleCatalog catalog, List<CustomPattern> patterns, String version, boolean fromCache,
             RuleTables tables) {
        this.fromCache = fromCache;
        this.tables = tables;
        this.kieBase = kieBase;
        this.catalog = catalog;
        this.patterns = List.copyOf(patterns);
        this.prefilter = new PatternPrefilter(this.patterns);
        this.version = version;
        this.usesLearned = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("learned")));
        this.usesKnown = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("known")));
        this.sessions = new SessionPool(kieBase, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    /** Decides with the full trace (what {@code diagnose}, {@code repair} and {@code why} show). */
    public Decision decide(ToolchainError error, DecisionContext ctx) {
        return decide(error, ctx, true);
    }

    /**
     * Decides about one error. Without the trace ({@code traced} false) the diagnoses and proposals
     * are the same, ranked the same, but {@link Decision#trace()} is empty: for batches and throughput.
     */
    public Decision decide(ToolchainError error, DecisionContext ctx, boolean traced) {
        return decide(error, ctx, traced, new DecisionWatch());
    }

    /** The decision itself; {@link DecisionDeadline} runs it on a worker and watches it through {@code watch}. */
    Decision decide(ToolchainError error, DecisionContext ctx, boolean traced, DecisionWatch watch) {
        Stamper stamper = traced ? new TraceListener(catalog) : new Stamper();
        List<String> warnings = new ArrayList<>();
        KieSession session = sessions.acquire();
        boolean clean = true;
        try {
            watch.attach(session);
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) stamper);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) stamper);
            StartLog.mark("session ready");
            List<PatternCandidate> candidates = load(session, error, ctx);
            StartLog.mark("facts inserted");
            try {
                if (Phases.fire(session, MAX_FIRINGS, watch::wasAbandoned) >= MAX_FIRINGS) warnings.add(firingLimit(watch));
            } catch (RuntimeException e) { // a condition that threw: the rules not fired yet did not run
                clean = false;
                warnings.add(describeFailure(e) + "; rules that had not fired yet did not run");
            }
            StartLog.mark("rules fired");
            session.getObjects(new ClassObjectFilter(RuleFailure.class)).forEach(f -> warnings.add(
                    describeFailure((RuleFailure) f) + "; the rest of its consequence was skipped, the other rules ran"));
            candidates.stream().filter(PatternCandidate::isTimedOut).forEach(c -> warnings.add(
                    "custom pattern '" + c.getPattern().getName() + "' ran past its time budget and was skipped"));
            List<Diagnosis> diagnoses = new ArrayList<>(session.getObjects(new ClassObjectFilter(Diagnosis.class))
                    .stream().map(Diagnosis.class::cast).toList());
            List<Proposal> proposals = session.getObjects(new ClassObjectFilter(Proposal.class))
                    .stream().map(Proposal.class::cast).toList();
            // firing order; between signals diagnosed by the same rule, the later signal first
            diagnoses.sort(Comparator.<Diagnosis>comparingInt(d -> stamper.firstFiring(d.getRule()))
                    .thenComparing(d -> -d.getError().getPosition()).thenComparing(d -> -d.getError().getIndex()));
            Verdicts verdicts = Verdicts.read(session, diagnoses);
            List<TraceEvent> trace = stamper instanceof TraceListener t ? List.copyOf(t.events()) : List.of();
            List<Diagnosis> ranked = verdicts.rootFirst(diagnoses);
            ToolchainError about = ranked.isEmpty() ? error : ranked.get(0).getError();
            return new Decision(about, ranked, rank(proposals, ranked), trace, warnings, version, verdicts.signals(error.getEvidence(), ranked));
        } catch (RuntimeException | Error e) {
            clean = false;
            throw e;
        } finally {
            sessions.release(session, watch.finish() && clean);
        }
    }

    /**
     * Sets the globals and inserts the facts a decision starts from: the error's signals, the
     * context and the custom-pattern candidates (returned). "Why not" loads its probe session the same way.
     */
    List<PatternCandidate> load(KieSession session, ToolchainError error, DecisionContext ctx) {
        if (usesLearned) session.setGlobal("learned", ctx.learned());
        org.autoheal.facts.Knowledge known = tables.known(); // this rule base's rules/data, for the global and the signals
        if (usesKnown) session.setGlobal("known", known);
        for (ToolchainError e : error.getEvidence()) {
            e.useKnowledge(known);
            session.insert(e);
        }
        if (ctx.toolchain() != null) session.insert(ctx.toolchain());
        // no toolchain, but the command that failed is known (diagnose of a captured run, rule examples): the
        // addresses of its argv are the same context a toolchain's argv gives (rules/context.drl infers from them)
        else if (error.getCommand() != null) {
            List<String> argv = List.of(error.getCommand().split(" ", 64));
            ContextFacts.addresses(argv, known).forEach(session::insert);
            ContextFacts.ports(argv).forEach(session::insert);
        }
        ctx.services().forEach(session::insert);
        ctx.renames().forEach(session::insert);
        if (ctx.toolchain() != null) { // the toolchain's argv, read with this rule base's tables, before health's findings
            ContextFacts.addresses(ctx.toolchain().command(), known).forEach(session::insert);
            ContextFacts.ports(ctx.toolchain().command()).forEach(session::insert);
        }
        ctx.facts().forEach(session::insert);
        List<PatternCandidate> candidates = prefilter.candidates(error.getRaw()).stream()
                .map(p -> new PatternCandidate(p, error)).toList();
        candidates.forEach(session::insert);
        return candidates;
    }

    /** The firing stopped at the limit: usually a rule that re-triggers itself (modify/update in a loop). */
    private String firingLimit(DecisionWatch watch) {
        String last = watch.lastFired();
        return "the rules fired " + MAX_FIRINGS + " times, the most one decision may: the firing was stopped and "
                + "the decision may be incomplete" + (last == null ? "" : "; the last rule fired was "
                + RunningRule.named(catalog, last) + " (a rule that re-triggers itself?)");
    }

    /** Names the rule whose consequence threw (with file:line), so a rule author knows where to look. */
    private String describeFailure(RuleFailure failure) {
        return describe(failure.getRule(), root(failure.getCause()));
    }

    private String describeFailure(RuntimeException e) {
        String rule = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException c && c.getRule() != null) rule = c.getRule().getName();
        }
        return describe(rule, root(e));
    }

    private String describe(String rule, Throwable root) {
        if (rule == null) return "a rule failed while firing: " + root;
        RuleInfo info = catalog.get(rule);
        return "rule \"" + rule + "\"" + (info == null ? "" : " (" + info.location() + ")") + " failed while firing: " + root;
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) root = t;
        return root;
    }

    /**
     * Highest effective salience first; ties by the rule's place in the catalog, then by the place of the
     * proposal's diagnosis among the ranked ones (so not by which activation Drools fired first), then in
     * firing order; the same strategy and params once.
     */
    List<Proposal> rank(List<Proposal> proposals, List<Diagnosis> diagnoses) {
        java.util.Map<Diagnosis, Integer> place = new java.util.IdentityHashMap<>();
        for (Diagnosis d : diagnoses) place.putIfAbsent(d, place.size());
        List<Proposal> sorted = new ArrayList<>(proposals);
        sorted.sort(Comparator.comparingInt(Proposal::getSalience).reversed()
                .thenComparingInt(p -> catalog.order(p.getRule()))
                .thenComparingInt(p -> place.getOrDefault(p.getDiagnosis(), Integer.MAX_VALUE))
                .thenComparingInt(Proposal::getSequence));
        Set<String> seen = new LinkedHashSet<>();
        return sorted.stream().filter(p -> seen.add(p.getStrategy() + p.getParams())).toList();
    }

    /** The same compiled rules with other custom patterns: a rule example brings its own config. */
    public RuleBase withPatterns(List<CustomPattern> other) {
        return new RuleBase(kieBase, catalog, other, version, fromCache, tables);
    }

    SessionPool sessions() { return sessions; }
    /** True when the compiled rules came from the rules cache instead of the compiler. */
    public boolean fromCache() { return fromCache; }
    KieBase kieBase() { return kieBase; }
    /** The knowledge tables (rules/data) this rule base decides with. */
    public RuleTables tables() { return tables; }
    public RuleCatalog catalog() { return catalog; }
    public List<CustomPattern> patterns() { return patterns; }
    public String version() { return version; }
}
