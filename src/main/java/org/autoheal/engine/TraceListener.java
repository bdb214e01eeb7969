package org.autoheal.engine;

import java.util.ArrayList;
import java.util.List;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records what the agenda did and stamps each Diagnosis and Proposal with the rule that
 * inserted it and the salience that rule fired with (base + learned, evaluated by Drools).
 */
final class TraceListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final int MAX_FACT_TEXT = 200;
    private final RuleCatalog catalog;
    private final List<TraceEvent> events = new ArrayList<>();
    private int firingSalience;
    private int sequence;

    TraceListener(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        add(TraceEvent.MATCHED, event.getMatch(), null);
    }

    @Override
    public void matchCancelled(MatchCancelledEvent event) {
        add(TraceEvent.CANCELLED, event.getMatch(), String.valueOf(event.getCause()).toLowerCase());
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingSalience = event.getMatch().getSalience();
        add(TraceEvent.FIRED, event.getMatch(), null);
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
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }

    private void add(String kind, Match match, String note) {
        String name = match.getRule().getName();
        RuleInfo info = catalog.get(name);
        List<String> facts = match.getObjects().stream().map(TraceListener::describe).toList();
        events.add(new TraceEvent(kind, name, info == null ? "?" : info.file(), info == null ? 0 : info.line(),
                kind.equals(TraceEvent.MATCHED) ? 0 : match.getSalience(), facts, note));
    }

    private static String describe(Object fact) {
        String s = String.valueOf(fact);
        return s.length() <= MAX_FACT_TEXT ? s : s.substring(0, MAX_FACT_TEXT - 1) + "…";
    }

    List<TraceEvent> events() {
        return events;
    }
}
