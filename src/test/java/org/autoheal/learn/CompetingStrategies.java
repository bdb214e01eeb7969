package org.autoheal.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;

/**
 * Two strategies compete for one diagnosis, through the real engine and the real store: each
 * incident builds the salience table from the stored outcomes, lets the rules decide, tries the
 * first proposal (success drawn from a seeded Random), and if it failed tries the next one, as
 * the pipeline does. Incident i happens at {@code T0 + i * step}.
 */
final class CompetingStrategies {
    static final String A = "Strategy A";
    static final String B = "Strategy B";
    static final String DRL = """
            package org.autoheal.sim;
            dialect "mvel"
            import org.autoheal.facts.*;
            global SalienceTable learned;

            rule "Flaky tool failed"
                @kind(diagnosis)
                salience 50
            when
                $e : ToolchainError( type == "FlakyError" )
            then
                insert( Diagnosis.of("flaky", $e) );
            end

            rule "Strategy A"
                @kind(strategy)
                salience( 60 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "flaky" )
            then
                insert( Proposal.of("strategy_a", $d) );
            end

            rule "Strategy B"
                @kind(strategy)
                salience( 55 + learned.adjustment(rule.getName(), $d.getCause()) )
            when
                $d : Diagnosis( cause == "flaky" )
            then
                insert( Proposal.of("strategy_b", $d) );
            end
            """;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** One incident: which rule's proposal came first, both effective saliences, whether it healed at all. */
    record Incident(int index, String first, int salienceA, int salienceB, boolean healed) {
        int adjustmentA() { return salienceA - 60; }
        int adjustmentB() { return salienceB - 55; }
    }

    private final RuleBase rules;
    private final OutcomeStore store;
    private final Random random;
    private final Duration halfLife;
    private final int maxAdjustment;
    private final Duration step;
    private int next;

    CompetingStrategies(RuleBase rules, Path stateDir, long seed, Duration halfLife, int maxAdjustment, Duration step) {
        this.rules = rules;
        this.store = new OutcomeStore(stateDir);
        this.random = new Random(seed);
        this.halfLife = halfLife;
        this.maxAdjustment = maxAdjustment;
        this.step = step;
    }

    static RuleBase compile() throws RuleCompileException {
        return RuleCompiler.compile(Map.of("rules/sim.drl", DRL), List.of());
    }

    /** Runs {@code count} incidents where A heals with {@code pA} and B with {@code pB}; the clock runs on. */
    List<Incident> run(int count, double pA, double pB) throws IOException {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < count; i++) incidents.add(incident(pA, pB));
        return incidents;
    }

    /** Runs the next incident where A heals with {@code pA} and B with {@code pB}. */
    Incident incident(double pA, double pB) throws IOException {
        int index = next++;
        Instant now = T0.plus(step.multipliedBy(index));
        LearnedSalience table = LearnedSalience.from(store.readAll(), new LearningParams(halfLife, maxAdjustment, now));
        ToolchainError error = ToolchainError.of("flaky-tool", "FlakyError: it broke again");
        error.setType("FlakyError");
        Decision decision = rules.decide(error, new DecisionContext(null, List.of(), List.of(), table));
        List<Proposal> proposals = decision.proposals();
        if (proposals.size() != 2) throw new IllegalStateException("expected two proposals, got " + proposals + " " + decision.warnings());
        boolean healed = false;
        for (Proposal p : proposals) {
            healed = random.nextDouble() < (p.getRule().equals(A) ? pA : pB);
            store.record(new Outcome(now, p.getRule(), p.getDiagnosis().getCause(), p.getStrategy(),
                    healed ? Outcome.HEALED : Outcome.FAILED, "sim-" + index));
            if (healed) break;
        }
        return new Incident(index, proposals.get(0).getRule(), salience(proposals, A), salience(proposals, B), healed);
    }

    private static int salience(List<Proposal> proposals, String rule) {
        return proposals.stream().filter(p -> p.getRule().equals(rule)).findFirst().orElseThrow().getSalience();
    }

    /** Index of the first incident where {@code rule} came first, or -1. */
    static int firstTimeFirst(List<Incident> incidents, String rule) {
        for (int i = 0; i < incidents.size(); i++) if (incidents.get(i).first().equals(rule)) return i;
        return -1;
    }

    /** Share of incidents from {@code from} on where {@code rule} came first. */
    static double shareFirst(List<Incident> incidents, String rule, int from) {
        List<Incident> tail = incidents.subList(from, incidents.size());
        return tail.isEmpty() ? 0 : (double) tail.stream().filter(i -> i.first().equals(rule)).count() / tail.size();
    }
}
