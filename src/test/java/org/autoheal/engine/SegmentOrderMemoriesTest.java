package org.autoheal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.autoheal.facts.ToolchainError;
import org.autoheal.parse.Corpus;
import org.autoheal.parse.ErrorParsers;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.reteoo.SegmentMemory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** A pooled session's reset resets the segments Drools' own reset would, in the order its HashSet would give. */
class SegmentOrderMemoriesTest {

    @Test
    void aPooledSessionGetsTheseMemories() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        KieSession s = rules.sessions().acquire();
        assertThat(((StatefulKnowledgeSessionImpl) s).getNodeMemories()).isInstanceOf(SegmentOrderMemories.class);
        KieSession plain = rules.kieBase().newKieSession();
        assertThat(SegmentOrderMemories.install(plain)).isTrue();
        assertThat(SegmentOrderMemories.install(plain)).as("installed once only").isFalse();
        plain.dispose();
    }

    @Test
    void eachResetFollowsTheOrderOfDroolsOwnSegmentSet_asNewSegmentsAppearAndOnceTheyAreAllMade() throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        List<ToolchainError> errors = new ArrayList<>();
        Corpus.cases().stream().limit(400).forEach(c -> errors.add(ErrorParsers.parse(c.input())));
        int changed = 0;
        List<SegmentMemory> previous = List.of();
        for (int round = 0; round < 2; round++) {
            for (ToolchainError e : errors) {
                KieSession s = rules.sessions().acquire();
                rules.load(s, e, DecisionContext.EMPTY);
                Phases.fire(s, RuleBase.MAX_FIRINGS, () -> false);
                NodeMemories memories = ((StatefulKnowledgeSessionImpl) s).getNodeMemories();
                List<SegmentMemory> expected = droolsOrder(memories);
                rules.sessions().release(s, true);
                List<SegmentMemory> used = ((SegmentOrderMemories) memories).lastOrder();
                assertThat(used).containsExactlyElementsOf(expected);
                if (!used.equals(previous)) changed++;
                previous = used;
            }
        }
        assertThat(changed).as("new segments met over the corpus").isGreaterThan(1);
        assertThat(rules.sessions().factsInIdleSessions()).isZero();
    }

    /** What ConcurrentNodeMemories.resetAllMemories iterates: a HashSet of every memory's segment, in memory order. */
    private static List<SegmentMemory> droolsOrder(NodeMemories memories) {
        HashSet<SegmentMemory> set = new HashSet<>();
        for (int i = 0; i < memories.length(); i++) {
            Memory m = memories.peekNodeMemory(i);
            if (m != null) set.add(m.getSegmentMemory());
        }
        return new ArrayList<>(set);
    }
}
