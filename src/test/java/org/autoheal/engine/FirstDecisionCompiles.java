package org.autoheal.engine;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.autoheal.parse.ErrorInput;
import org.autoheal.parse.ErrorParsers;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.mvel.MVELConstraint;

/**
 * How many alpha constraints the first decision of a fresh rule base compiles (MVEL compiles a constraint at its
 * first evaluation), per fact type: what a cold start pays for the constraints on a first signal's path
 * (docs/performance.md, session 10). With no argument the text is the yaml traceback the launcher trains on.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.engine.FirstDecisionCompiles [TEXT]
 * </pre>
 */
public final class FirstDecisionCompiles {
    static final String YAML = "Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n    import yaml\n"
            + "ModuleNotFoundError: No module named 'yaml'";

    private FirstDecisionCompiles() {
    }

    public static void main(String[] args) throws Exception {
        RuleBase rules = RuleCompiler.compile(RuleSources.bundled(), List.of());
        rules.decide(ErrorParsers.parse(ErrorInput.of(null, args.length > 0 ? args[0] : YAML)), DecisionContext.EMPTY);
        Field evaluator = MVELConstraint.class.getDeclaredField("conditionEvaluator"); // set at the first evaluation
        evaluator.setAccessible(true);
        int compiled = 0, total = 0;
        for (ObjectTypeNode otn : ((InternalRuleBase) rules.kieBase()).getRete().getObjectTypeNodes()) {
            int[] count = new int[2];
            walk(otn.getObjectSinkPropagator().getSinks(), evaluator, count, Collections.newSetFromMap(new IdentityHashMap<>()));
            if (count[1] == 0) continue;
            String type = otn.getObjectType().getClassName();
            System.out.printf("%-18s %3d of %3d alpha constraints compiled%n", type.substring(type.lastIndexOf('.') + 1), count[0], count[1]);
            compiled += count[0];
            total += count[1];
        }
        System.out.printf("%-18s %3d of %3d%n", "all", compiled, total);
    }

    private static void walk(ObjectSink[] sinks, Field evaluator, int[] count, Set<Object> seen) throws Exception {
        for (ObjectSink s : sinks) {
            if (!seen.add(s)) continue;
            if (s instanceof AlphaNode node && node.getConstraint() instanceof MVELConstraint m) {
                count[1]++;
                if (evaluator.get(m) != null) count[0]++;
            }
            if (s instanceof ObjectSource source) walk(source.getObjectSinkPropagator().getSinks(), evaluator, count, seen);
        }
    }
}
