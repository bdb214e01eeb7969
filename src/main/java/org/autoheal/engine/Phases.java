package org.autoheal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * The phases of a decision as Drools agenda groups (docs/rules.md, section 6). {@code MAIN} holds the
 * rules that read the error and its context (evidence at 1000, inference, diagnosis, every rule without
 * a group); then {@link #PROPOSE} (strategy rules), {@link #NEED} ("waits for" rules, which read what was
 * proposed) and {@link #WEIGH} (the root cause among the diagnoses, and only its proposals kept). Salience
 * orders rules within a group. Every place that fires a decision's session fires it through {@link #fire}.
 */
final class Phases {
    static final String PROPOSE = "propose";
    static final String NEED = "need";
    static final String WEIGH = "weigh";

    private Phases() {
    }

    /**
     * Fires {@code MAIN} to quiescence, then {@code propose}, {@code need} and {@code weigh} in turn (then
     * {@code MAIN} again, where a late diagnosis or a withdrawn fact woke rules), and repeats while a round
     * fired anything: a rule of {@code MAIN} that diagnoses late still gets its proposals.
     *
     * @param stopped true once the decision was given up: no new round starts
     * @return the rules fired, at most {@code limit}
     */
    static int fire(KieSession session, int limit, BooleanSupplier stopped) {
        int fired = session.fireAllRules(limit);
        Agenda agenda = session.getAgenda();
        // a focus stack: the last focused fires first. Drools knows no group that no rule names (null)
        List<AgendaGroup> groups = new ArrayList<>(3);
        for (String name : new String[] {WEIGH, NEED, PROPOSE}) {
            AgendaGroup g = agenda.getAgendaGroup(name);
            if (g != null) groups.add(g);
        }
        while (!groups.isEmpty() && fired < limit && !stopped.getAsBoolean()) {
            groups.forEach(AgendaGroup::setFocus);
            int round = session.fireAllRules(limit - fired);
            if (round == 0) break;
            fired += round;
        }
        return fired;
    }

    /**
     * A rule written without an agenda group but with {@code @kind(strategy)} or {@code @kind(need)} goes to
     * {@code propose} or {@code need}, so a rule file written before the groups (or without them) keeps its
     * phase. Done on the compiled packages before they are wired into a rule base (Drools reads a rule's group
     * when it builds the network); a rule that names its group keeps it.
     */
    static void place(Collection<KiePackage> packages) {
        for (KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl rule) || !rule.isMainAgendaGroup()) continue;
                String group = groupOf(rule.getMetaData("kind"));
                if (group != null) rule.setAgendaGroup(group);
            }
        }
    }

    /** The group a rule of this {@code @kind} goes to when it names none; null: it stays in MAIN. */
    static String groupOf(Object kind) {
        String k = kind == null ? "" : kind.toString().replace("\"", "").strip();
        return switch (k) {
            case "strategy" -> PROPOSE;
            case "need" -> NEED;
            default -> null;
        };
    }
}
