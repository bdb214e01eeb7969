package org.autoheal.engine;

/**
 * Names the rule a decision was running, for a decision that ran past its deadline or out of
 * memory. A consequence is known from the agenda listener; a condition fires no event, so the
 * worker's stack tells: Java-dialect rules compile to classes named {@code Rule_<name><hash>}, and
 * a DRL function called from a condition is a class of its own.
 */
final class RunningRule {
    private RunningRule() {
    }

    static String describe(RuleCatalog catalog, DecisionWatch watch, StackTraceElement[] stack) {
        String firing = watch.firing();
        if (firing != null) return named(catalog, firing) + ", in its consequence";
        RuleInfo inCondition = ruleInStack(catalog, stack);
        if (inCondition != null) return named(catalog, inCondition.name()) + ", in its conditions";
        String function = functionInStack(stack);
        String last = watch.lastFired() == null ? "" : "; the last rule fired was " + named(catalog, watch.lastFired());
        return (function == null ? "a rule's conditions" : "a rule's conditions, in function " + function)
                + " (no rule was firing" + last + ")";
    }

    static String named(RuleCatalog catalog, String rule) {
        RuleInfo info = catalog.get(rule);
        return "rule \"" + rule + "\"" + (info == null ? "" : " (" + info.location() + ")");
    }

    /** The rule whose generated class is deepest in the stack (the innermost frame wins). */
    private static RuleInfo ruleInStack(RuleCatalog catalog, StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = simpleName(frame.getClassName());
            if (!cls.startsWith("Rule_")) continue;
            RuleInfo best = null;
            for (RuleInfo r : catalog.all()) {
                String prefix = "Rule_" + javaName(r.name());
                if (cls.startsWith(prefix) && generatedSuffix(cls.substring(prefix.length()))
                        && (best == null || r.name().length() > best.name().length())) best = r;
            }
            if (best != null) return best;
        }
        return null;
    }

    /** After the rule's name Drools appends its hash code (digits, maybe a minus) and a class role. */
    private static boolean generatedSuffix(String rest) {
        int i = rest.startsWith("-") ? 1 : 0;
        int digits = i;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) digits++;
        return digits > i;
    }

    private static String javaName(String rule) {
        StringBuilder b = new StringBuilder(rule.length());
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            b.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return b.toString();
    }

    /**
     * The innermost frame outside the JDK, Drools, MVEL and AutoHeal: a function the rules define.
     * Frames from the decision's entry outwards are its caller's (a batch decides on its own thread).
     */
    private static String functionInStack(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if (c.equals(RuleBase.class.getName())) return null;
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.startsWith("org.drools.")
                    || c.startsWith("org.kie.") || c.startsWith("org.mvel2.") || c.startsWith("org.autoheal.engine.")
                    || c.startsWith("org.autoheal.facts.")) continue;
            return frame.getMethodName() + "() (" + c + ")";
        }
        return null;
    }

    private static String simpleName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }
}
