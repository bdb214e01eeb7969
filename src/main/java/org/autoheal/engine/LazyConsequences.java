package org.autoheal.engine;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.accessor.Wireable;
import org.drools.base.rule.consequence.Consequence;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.drools.mvel.MVELDialectRuntimeData;
import org.drools.mvel.expr.MVELCompileable;
import org.drools.mvel.expr.MVELConsequence;
import org.drools.mvel.expr.MVELSalienceExpression;
import org.drools.base.rule.accessor.Salience;
import org.drools.base.rule.Declaration;
import org.kie.api.runtime.rule.Match;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.KiePackage;

/**
 * Defers the MVEL compile of each rule's {@code then} part from {@code addPackages} to the first
 * time the rule fires, and of each dynamic {@code salience( ... )} to the rule's first match. Wiring a rule base compiles every MVEL consequence (a third of loading the
 * rules from the cache, growing with the rule count; docs/performance.md "Session 7"), while a
 * one-shot {@code diagnose} fires a handful of rules. The consequence compiled later is the same
 * {@link MVELConsequence} compiled against the same dialect data, so what a rule does is unchanged;
 * the DRL compiler has already checked every consequence when the rules were built.
 * Drools 10.2 keeps the compile list private ({@code MVELDialectRuntimeData.invokerLookups}): it
 * is reached by reflection, and when that fails the rules are wired eagerly, as before.
 */
final class LazyConsequences {
    private static final Field INVOKER_LOOKUPS = invokerLookups();

    private LazyConsequences() {
    }

    private static Field invokerLookups() {
        try {
            Field f = MVELDialectRuntimeData.class.getDeclaredField("invokerLookups");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Replaces the MVEL consequences that {@code addPackages} would compile with {@link Deferred}
     * ones, in packages not yet added to a rule base. Returns how many were deferred.
     */
    static int defer(Collection<KiePackage> packages) {
        if (INVOKER_LOOKUPS == null) return 0;
        int deferred = 0;
        for (KiePackage p : packages) {
            if (!(p instanceof InternalKnowledgePackage pkg)) continue;
            if (!(pkg.getDialectRuntimeRegistry().getDialectData("mvel") instanceof MVELDialectRuntimeData data)) continue;
            Map<Wireable, List<MVELCompileable>> lookups;
            try {
                @SuppressWarnings("unchecked")
                Map<Wireable, List<MVELCompileable>> m = (Map<Wireable, List<MVELCompileable>>) INVOKER_LOOKUPS.get(data);
                lookups = m;
            } catch (IllegalAccessException | RuntimeException e) {
                return deferred;
            }
            synchronized (lookups) {
                for (Map.Entry<Wireable, List<MVELCompileable>> e : lookups.entrySet()) {
                    if (!(e.getKey() instanceof RuleImpl)) continue;
                    List<MVELCompileable> list = e.getValue();
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof MVELConsequence c) {
                            list.set(i, new Deferred(c));
                            deferred++;
                        } else if (list.get(i) instanceof MVELSalienceExpression x) {
                            list.set(i, new DeferredSalience(x));
                            deferred++;
                        }
                    }
                }
            }
        }
        return deferred;
    }

    /** An MVEL consequence compiled on its first evaluation, once, whatever thread fires it first. */
    static final class Deferred implements Consequence<KnowledgeHelper>, MVELCompileable {
        private final MVELConsequence consequence;
        private MVELDialectRuntimeData data;
        private volatile boolean compiled;

        Deferred(MVELConsequence consequence) {
            this.consequence = consequence;
        }

        @Override
        public void compile(MVELDialectRuntimeData runtimeData) {
            this.data = runtimeData; // the rule base's dialect data, as the eager compile would use
        }

        @Override
        public void compile(MVELDialectRuntimeData runtimeData, RuleImpl rule) {
            this.data = runtimeData;
        }

        @Override
        public String getName() {
            return consequence.getName();
        }

        @Override
        public void evaluate(KnowledgeHelper helper, ValueResolver resolver) throws Exception {
            if (!compiled) {
                synchronized (this) {
                    if (!compiled) {
                        consequence.compile(data);
                        compiled = true;
                    }
                }
            }
            consequence.evaluate(helper, resolver);
        }

        boolean isCompiled() {
            return compiled;
        }
    }

    /** A dynamic MVEL salience compiled when the rule's first match needs its value (always dynamic, as MVEL's). */
    static final class DeferredSalience implements Salience, MVELCompileable {
        private final MVELSalienceExpression salience;
        private transient MVELDialectRuntimeData data;
        private volatile boolean compiled;

        DeferredSalience(MVELSalienceExpression salience) {
            this.salience = salience;
        }

        @Override
        public void compile(MVELDialectRuntimeData runtimeData) {
            this.data = runtimeData;
        }

        @Override
        public void compile(MVELDialectRuntimeData runtimeData, RuleImpl rule) {
            this.data = runtimeData;
        }

        @Override
        public int getValue(Match match, Rule rule, ValueResolver resolver) {
            if (!compiled) {
                synchronized (this) {
                    if (!compiled) {
                        salience.compile(data);
                        compiled = true;
                    }
                }
            }
            return salience.getValue(match, rule, resolver);
        }

        @Override
        public int getValue() {
            return salience.getValue();
        }

        @Override
        public boolean isDynamic() {
            return salience.isDynamic();
        }

        @Override
        public boolean isDefault() {
            return salience.isDefault();
        }

        @Override
        public Declaration[] findDeclarations(Map<String, Declaration> decls) {
            return salience.findDeclarations(decls);
        }

        boolean isCompiled() {
            return compiled;
        }
    }
}
