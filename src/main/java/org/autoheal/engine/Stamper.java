package org.autoheal.engine;

import java.util.HashMap;
import java.util.Map;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Stamps each Diagnosis and Proposal with the rule that inserted it and the salience that rule
 * fired with (base + learned, evaluated by Drools), and remembers the order in which rules first
 * fired. This is all a decision needs; {@link TraceListener} adds the trace on top.
 */
class Stamper extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<String, Integer> firstFiring = new HashMap<>();
    private int firingSalience;
    private int sequence;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingSalience = event.getMatch().getSalience();
        firstFiring.putIfAbsent(event.getMatch().getRule().getName(), firstFiring.size());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Rule rule = event.getRule();
        if (rule == null) return;
        if (event.getObject() instanceof Diagnosis d) {
            d.setRule(rule.getName());
        } else if (event.getObject() instanceof Proposal p) {
            p.setRule(rule.getName());
            p.setSalience(firingSalience);
            p.setSequence(sequence++);
        } else if (event.getObject() instanceof org.autoheal.facts.Ruling r) {
            r.setRule(rule.getName());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    /** Position of the rule's first firing in this decision; rules that never fired sort last. */
    int firstFiring(String rule) {
        Integer i = rule == null ? null : firstFiring.get(rule);
        return i == null ? Integer.MAX_VALUE : i;
    }
}
