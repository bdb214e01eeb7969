package org.autoheal.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records what the agenda did (matched, cancelled, fired, with the facts and salience) on top
 * of the stamping every decision needs. Used only when the caller asks for the trace: describing
 * the facts of every match costs more than the rest of a decision.
 */
final class TraceListener extends Stamper {
    private static final int MAX_FACT_TEXT = 200;
    private final RuleCatalog catalog;
    private final List<TraceEvent> events = new ArrayList<>();

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
        super.beforeMatchFired(event);
        add(TraceEvent.FIRED, event.getMatch(), null);
    }

    private void add(String kind, Match match, String note) {
        String name = match.getRule().getName();
        RuleInfo info = catalog.get(name);
        List<?> objects = match.getObjects();
        String[] facts = new String[objects.size()]; // a loop, not a stream: C1 (batches) does not inline a pipeline away
        for (int i = 0; i < facts.length; i++) facts[i] = describe(objects.get(i));
        events.add(new TraceEvent(kind, name, info == null ? "?" : info.file(), info == null ? 0 : info.line(),
                kind.equals(TraceEvent.MATCHED) ? 0 : match.getSalience(), List.of(facts), note));
    }

    private static String describe(Object fact) {
        String s = String.valueOf(fact);
        return s.length() <= MAX_FACT_TEXT ? s : s.substring(0, MAX_FACT_TEXT - 1) + "…";
    }

    List<TraceEvent> events() {
        return events;
    }
}
