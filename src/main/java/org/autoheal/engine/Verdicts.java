package org.autoheal.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Dismissed;
import org.autoheal.facts.Outranked;
import org.autoheal.facts.RootCause;
import org.autoheal.facts.ToolchainError;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * What the evidence rules concluded (RootCause, Outranked, Dismissed facts), read back to build the
 * result: the root diagnoses first, and each signal with its standing. Nothing is decided here.
 */
final class Verdicts {
    private final Map<Diagnosis, RootCause> roots = new IdentityHashMap<>();
    private final Map<Diagnosis, Outranked> lost = new IdentityHashMap<>();
    private final Map<ToolchainError, Dismissed> dismissed = new IdentityHashMap<>();

    static Verdicts read(KieSession session, List<Diagnosis> diagnoses) {
        Verdicts v = new Verdicts();
        session.getObjects(new ClassObjectFilter(RootCause.class)).forEach(o -> v.roots.putIfAbsent(((RootCause) o).getDiagnosis(), (RootCause) o));
        session.getObjects(new ClassObjectFilter(Outranked.class)).forEach(o -> v.lost.putIfAbsent(((Outranked) o).getLoser(), (Outranked) o));
        session.getObjects(new ClassObjectFilter(Dismissed.class)).forEach(o -> v.dismissed.putIfAbsent(((Dismissed) o).getSignal(), (Dismissed) o));
        for (Diagnosis d : diagnoses) {
            if (v.roots.containsKey(d)) d.setStanding("root", v.roots.get(d).getRule());
            else if (v.lost.containsKey(d)) d.setStanding("outranked", v.lost.get(d).getRule());
        }
        return v;
    }

    /** Root diagnoses first, then the others, each group in firing order (rules without evidence.drl: as fired). */
    List<Diagnosis> rootFirst(List<Diagnosis> diagnoses) {
        List<Diagnosis> out = new ArrayList<>();
        diagnoses.stream().filter(roots::containsKey).forEach(out::add);
        diagnoses.stream().filter(d -> !roots.containsKey(d)).forEach(out::add);
        return out;
    }

    List<Signal> signals(List<ToolchainError> evidence, List<Diagnosis> ranked) {
        List<Signal> out = new ArrayList<>();
        for (ToolchainError s : evidence) {
            Dismissed dis = dismissed.get(s);
            if (dis != null) {
                out.add(new Signal(s, Signal.DISMISSED, null, null, dis.getRule(), null, dis.getReason()));
                continue;
            }
            Diagnosis mine = ranked.stream().filter(d -> d.getError() == s).findFirst().orElse(null);
            if (mine == null) {
                out.add(new Signal(s, Signal.UNDIAGNOSED, null, null, null, null, null));
            } else if (lost.containsKey(mine)) {
                Outranked o = lost.get(mine);
                out.add(new Signal(s, Signal.LOST, mine.getCause(), mine.getRule(), o.getRule(), o.getWinner().getError().getIndex(), null));
            } else {
                RootCause r = roots.get(mine);
                out.add(new Signal(s, Signal.WON, mine.getCause(), mine.getRule(), r == null ? null : r.getRule(), null, null));
            }
        }
        return out;
    }
}
