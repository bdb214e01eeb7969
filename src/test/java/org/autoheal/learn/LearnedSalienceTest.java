package org.autoheal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LearnedSalienceTest {
    static final String RULE = "Install missing module";
    static final String CAUSE = "missing_module";
    static final Instant NOW = Instant.parse("2024-06-30T00:00:00Z");
    static final LearningParams PARAMS = LearningParams.defaults(NOW);

    static Outcome at(long daysAgo, String status) {
        return new Outcome(NOW.minus(Duration.ofDays(daysAgo)), RULE, CAUSE, "install_module", status, "inc-" + daysAgo);
    }

    static List<Outcome> repeat(int times, long daysAgo, String status) {
        List<Outcome> list = new ArrayList<>();
        for (int i = 0; i < times; i++) list.add(at(daysAgo, status));
        return list;
    }

    static int adjustment(List<Outcome> outcomes) {
        return LearnedSalience.from(outcomes, PARAMS).adjustment(RULE, CAUSE);
    }

    @Test
    void withoutHistory_adjustmentIsZero() {
        LearnedSalience table = LearnedSalience.from(List.of(), PARAMS);
        assertThat(table.adjustment(RULE, CAUSE)).isZero();
        assertThat(table.adjustment(null, null)).isZero();
        assertThat(table.evidence(RULE, CAUSE).hasHistory()).isFalse();
        assertThat(table.evidence(RULE, CAUSE).describe()).isEqualTo("no history, adjustment 0");
        assertThat(table.byRule()).isEmpty();
    }

    @Test
    void refusedSkippedAndDryRunAreNotEvidence() {
        List<Outcome> list = List.of(at(0, "refused"), at(0, "skipped"), at(0, "dry_run"));
        assertThat(adjustment(list)).isZero();
        assertThat(LearnedSalience.from(list, PARAMS).byRule()).isEmpty();
    }

    @Test
    void healedRaisesAndFailedOrErrorLower() {
        assertThat(adjustment(repeat(3, 0, Outcome.HEALED))).isPositive();
        assertThat(adjustment(repeat(3, 0, Outcome.FAILED))).isNegative();
        assertThat(adjustment(repeat(3, 0, Outcome.ERROR))).isEqualTo(adjustment(repeat(3, 0, Outcome.FAILED)));
    }

    @Test
    void growsWithEvidence() {
        int previous = 0;
        for (int n = 1; n <= 30; n++) {
            int adj = adjustment(repeat(n, 1, Outcome.HEALED));
            assertThat(adj).as("after %d successes", n).isGreaterThanOrEqualTo(previous);
            previous = adj;
        }
        assertThat(adjustment(repeat(1, 1, Outcome.HEALED))).isLessThan(adjustment(repeat(10, 1, Outcome.HEALED)));
        assertThat(adjustment(repeat(1, 1, Outcome.FAILED))).isGreaterThan(adjustment(repeat(10, 1, Outcome.FAILED)));
        assertThat(adjustment(repeat(200, 0, Outcome.HEALED))).isGreaterThanOrEqualTo(48);
    }

    @Test
    void recentOutcomesWeighMore() {
        List<Outcome> oldFailuresRecentSuccesses = new ArrayList<>(repeat(5, 90, Outcome.FAILED));
        oldFailuresRecentSuccesses.addAll(repeat(5, 1, Outcome.HEALED));
        assertThat(adjustment(oldFailuresRecentSuccesses)).isPositive();
        List<Outcome> oldSuccessesRecentFailures = new ArrayList<>(repeat(5, 90, Outcome.HEALED));
        oldSuccessesRecentFailures.addAll(repeat(5, 1, Outcome.FAILED));
        assertThat(adjustment(oldSuccessesRecentFailures)).isNegative();
    }

    @Test
    void anOutcomeOneHalfLifeOldWeighsHalf() {
        assertThat(LearnedSalience.weight(NOW.minus(Duration.ofDays(30)), NOW, Duration.ofDays(30))).isEqualTo(0.5);
        assertThat(LearnedSalience.weight(NOW, NOW, Duration.ofDays(30))).isEqualTo(1.0);
        assertThat(LearnedSalience.weight(NOW.plus(Duration.ofDays(3)), NOW, Duration.ofDays(30))).isEqualTo(1.0);
        assertThat(LearnedSalience.weight(Instant.MIN, Instant.MAX, Duration.ofDays(30))).isZero();
    }

    @Test
    void sameHistoryInAnyOrder_givesTheSameTable() {
        Random random = new Random(7);
        List<Outcome> list = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            list.add(at(random.nextInt(120), random.nextInt(3) == 0 ? Outcome.FAILED : Outcome.HEALED));
        }
        Evidence first = LearnedSalience.from(list, PARAMS).evidence(RULE, CAUSE);
        Collections.shuffle(list, random);
        assertThat(LearnedSalience.from(list, PARAMS).evidence(RULE, CAUSE)).isEqualTo(first);
    }

    /** The worked example of docs/learning.md, number for number. */
    @Test
    void workedExampleOfTheDocs() {
        List<Outcome> list = List.of(at(0, Outcome.HEALED), at(10, Outcome.HEALED), at(30, Outcome.FAILED),
                at(60, Outcome.ERROR), at(90, Outcome.HEALED));
        Evidence e = LearnedSalience.from(list, PARAMS).evidence(RULE, CAUSE);
        assertThat(e.successes()).isEqualTo(3);
        assertThat(e.failures()).isEqualTo(2);
        assertThat(e.weightedSuccesses()).isCloseTo(1.9187, within(1e-4));
        assertThat(e.weightedFailures()).isCloseTo(0.75, within(1e-9));
        assertThat(e.posterior()).isCloseTo(0.6252, within(1e-4));
        assertThat(e.adjustment()).isEqualTo(7);
        assertThat(e.lastAt()).isEqualTo(NOW);
        assertThat(e.lastOutcome()).isEqualTo(Outcome.HEALED);
        assertThat(e.describe()).isEqualTo("3 healed, 2 failed (weighted 1.92/0.75), p=0.63, adjustment +7, last healed 2024-06-30T00:00:00Z");
    }

    @Test
    void pairsAreKeptApartAndListedByRule() {
        List<Outcome> list = List.of(at(0, Outcome.HEALED), at(0, Outcome.HEALED),
                new Outcome(NOW, RULE, "other_cause", "install_module", Outcome.FAILED, null),
                new Outcome(NOW, "Another rule", CAUSE, "x", Outcome.FAILED, null));
        LearnedSalience table = LearnedSalience.from(list, PARAMS);
        assertThat(table.adjustment(RULE, CAUSE)).isPositive();
        assertThat(table.adjustment(RULE, "other_cause")).isNegative();
        assertThat(table.adjustment("Another rule", CAUSE)).isNegative();
        assertThat(table.byRule().keySet()).containsExactly("Another rule", RULE);
        assertThat(table.byRule().get(RULE).keySet()).containsExactly(CAUSE, "other_cause");
    }

    @Test
    void symmetricForSwappedSuccessesAndFailures() {
        for (double s = 0; s < 6; s += 0.25) {
            for (double f = 0; f < 6; f += 0.25) {
                assertThat(LearnedSalience.adjustment(s, f, 50)).isEqualTo(-LearnedSalience.adjustment(f, s, 50));
            }
        }
    }

    @Property(tries = 300)
    void adjustmentStaysWithinTheBound(@ForAll @IntRange(max = 5000) int healed, @ForAll @IntRange(max = 5000) int failed,
                                       @ForAll @IntRange(max = 200) int max) {
        int adj = LearnedSalience.adjustment(healed, failed, max);
        assertThat(Math.abs(adj)).isLessThanOrEqualTo(max);
        if (healed > failed) assertThat(adj).isGreaterThanOrEqualTo(0);
        if (healed < failed) assertThat(adj).isLessThanOrEqualTo(0);
    }

    @Test
    void paramsAreValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LearningParams(Duration.ZERO, 50, NOW))
                .hasMessageContaining("half_life must be positive");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LearningParams(Duration.ofDays(1), -1, NOW))
                .hasMessageContaining("max_adjustment");
    }
}
