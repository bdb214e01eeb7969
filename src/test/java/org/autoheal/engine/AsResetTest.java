package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.TupleMemory;
import org.drools.core.util.AbstractHashTable;
import org.drools.core.util.index.TupleList;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** A beta memory reset without remaking its tables is as Drools' own reset leaves it. */
class AsResetTest {

    @Test
    void aBetaMemoryResetWithoutRemakingItsTablesIsAsDroolsOwnResetLeavesIt_andMemoriesHoldingTuplesAreResetByDrools() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        List<ToolchainError> errors = new ArrayList<>();
        Corpus.cases().stream().limit(300).forEach(c -> errors.add(ErrorParsers.parse(c.input())));
        int kept = 0, keptStaged = 0, remade = 0;
        for (ToolchainError e : errors) {
            KieSession s = rules.sessions().acquire();
            rules.load(s, e, DecisionContext.EMPTY);
            Phases.fire(s, RuleBase.MAX_FIRINGS, () -> false);
            NodeMemories memories = ((StatefulKnowledgeSessionImpl) s).getNodeMemories();
            for (int i = 0; i < memories.length(); i++) {
                Memory m = memories.peekNodeMemory(i);
                if (!(m instanceof BetaMemory beta)) continue;
                boolean cleared = AsReset.cleared(beta.getLeftTupleMemory()) && AsReset.cleared(beta.getRightTupleMemory());
                if (!cleared) {
                    if (holdsTuples(beta)) remade++;
                    continue;
                }
                if (m.getClass() != BetaMemory.class) continue;
                kept++;
                if (!beta.getStagedRightTuples().isEmpty()) keptStaged++;
                var left = beta.getLeftTupleMemory();
                var right = beta.getRightTupleMemory();
                AsReset.reset(m);
                String ours = shape(beta);
                assertThat(beta.getLeftTupleMemory()).isSameAs(left);
                assertThat(beta.getRightTupleMemory()).isSameAs(right);
                m.reset();   // Drools' own reset of the same memory: nothing left for it to change
                assertThat(shape(beta)).as("beta memory %d", i).isEqualTo(ours);
            }
            rules.sessions().release(s, true);
        }
        assertThat(kept).as("beta memories whose tables are kept").isGreaterThan(1000);
        assertThat(keptStaged).as("of which with staged right tuples (reset by AsReset)").isGreaterThan(100);
        assertThat(remade).as("beta memories holding tuples, reset by Drools").isPositive();
        assertThat(rules.sessions().factsInIdleSessions()).isZero();
    }

    private static boolean holdsTuples(BetaMemory beta) {
        return size(beta.getLeftTupleMemory()) > 0 || size(beta.getRightTupleMemory()) > 0;
    }

    private static int size(TupleMemory t) {
        return t == null ? 0 : t.size();
    }

    /** Everything a reset sets: counter, staged tuples, and per side its class, sizes, bucket count and non-empty buckets. */
    private static String shape(BetaMemory beta) {
        var staged = beta.getStagedRightTuples();
        return beta.getCounter() + " staged " + staged.isEmpty() + "/" + staged.getInsertSize()
                + " left " + shape(beta.getLeftTupleMemory()) + " right " + shape(beta.getRightTupleMemory());
    }

    private static String shape(TupleMemory t) {
        if (t == null) return "none";
        StringBuilder sb = new StringBuilder(t.getClass().getSimpleName()).append(' ').append(t.size());
        if (t instanceof TupleList list) sb.append(' ').append(list.getFirst()).append(' ').append(list.getLast());
        if (t instanceof AbstractHashTable table) {
            sb.append(" buckets ").append(table.isEmpty()).append(' ').append(table.getTable().length)
                    .append(" threshold ").append(threshold(table));
            for (Object bucket : table.getTable()) if (bucket != null) sb.append(" +");
        }
        return sb.toString();
    }

    private static int threshold(AbstractHashTable table) {
        try {
            Field f = AbstractHashTable.class.getDeclaredField("threshold");
            f.setAccessible(true);
            return f.getInt(table);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
