package org.autoheal.engine;

import java.util.Collection;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Whether Drools may compile this rule base's constraints to bytecode. Interpreted MVEL is most of a decision's
 * cost (every signal runs through every rule's first constraints), and the constraint JIT removes it once a
 * constraint has run {@link #THRESHOLD} times (in batches and the daemon; a one-shot start does not get there).
 * Drools 10.2.0's JIT breaks on constraints with an operator such as {@code str[startsWith]}
 * (NoSuchMethodError EvaluatorHelper.initOperators, apache/incubator-kie-drools#6711, fixed after 10.2.0):
 * a rule base with any such constraint (the bundled rules have none; a user's rule may) stays interpreted.
 */
final class ConstraintJit {
    static final int THRESHOLD = 20;   // Drools' default
    static final int OFF = -1;

    private ConstraintJit() {
    }

    /** The jitting threshold for a rule base of these packages: {@link #THRESHOLD}, or {@link #OFF} when unsafe. */
    static int threshold(Collection<KiePackage> packages) {
        for (KiePackage p : packages) {
            Collection<Rule> rules = p instanceof InternalKnowledgePackage ip ? ip.getRules() : p.getRules();
            for (Rule r : rules) {
                if (!(r instanceof RuleImpl rule) || !jittable(rule.getLhs())) return OFF;
            }
        }
        return THRESHOLD;
    }

    private static boolean jittable(RuleConditionElement e) {
        if (e instanceof Pattern p) {
            for (Constraint c : p.getConstraints()) if (!jittable(c)) return false;
            if (p.getSource() != null && !jittable(p.getSource())) return false;
        }
        for (RuleConditionElement nested : e.getNestedElements()) if (!jittable(nested)) return false;
        return true;
    }

    private static boolean jittable(Constraint c) {
        return !(c instanceof MVELConstraint m) || m.getOperators() == null || m.getOperators().length == 0;
    }
}
