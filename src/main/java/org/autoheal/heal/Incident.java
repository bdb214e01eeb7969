package org.autoheal.heal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.engine.Decision;
import org.autoheal.engine.RuleCatalog;
import org.autoheal.engine.RuleInfo;
import org.autoheal.facts.SalienceTable;
import org.autoheal.journal.HealOutcome;

/** One failure of one toolchain and what AutoHeal did about it. */
public final class Incident {
    // the incident outcomes, words of HealOutcome
    public static final String HEALED = HealOutcome.HEALED.wire();
    public static final String FAILED = HealOutcome.FAILED.wire();
    public static final String UNDIAGNOSED = HealOutcome.UNDIAGNOSED.wire();
    public static final String REFUSED = HealOutcome.REFUSED.wire();
    public static final String DRY_RUN = HealOutcome.DRY_RUN.wire();
    /** Reported by another program and decided, nothing applied (the intake's diagnose-only mode). */
    public static final String DIAGNOSED = HealOutcome.DIAGNOSED.wire();

    private final String id;
    private final String tool;
    private final Decision decision;
    private final Instant started;
    private final SalienceTable learned;
    private final RuleCatalog catalog;
    private final List<Attempt> attempts = new ArrayList<>();
    private String outcome;

    Incident(String id, String tool, Decision decision, Instant started) {
        this(id, tool, decision, started, (SalienceTable) null, null);
    }

    /** A finished incident: its attempts and outcome are fixed. */
    public Incident(String id, String tool, Decision decision, Instant started, List<Attempt> attempts, String outcome) {
        this(id, tool, decision, started);
        this.attempts.addAll(attempts);
        this.outcome = outcome;
    }

    /**
     * @param learned the salience table the decision was made with, kept so the journal can show
     *                the learned part and its evidence as they were then; null if unknown
     * @param catalog the rules the decision ran on, for the declared base saliences; null if unknown
     */
    Incident(String id, String tool, Decision decision, Instant started, SalienceTable learned, RuleCatalog catalog) {
        this.id = id;
        this.tool = tool;
        this.decision = decision;
        this.started = started;
        this.learned = learned;
        this.catalog = catalog;
    }

    void add(Attempt a) { attempts.add(a); } // only the heal loop adds and finishes: outside heal/ an incident is read-only
    void finish(String outcome) { this.outcome = outcome; }

    public String id() { return id; }
    public String tool() { return tool; }
    public Decision decision() { return decision; }
    public Instant started() { return started; }
    public List<Attempt> attempts() { return java.util.Collections.unmodifiableList(attempts); }
    public String outcome() { return outcome; }
    public SalienceTable learned() { return learned; }

    /** The declared base salience of a rule of this decision, null when the rules are not known. */
    public Integer baseSalience(String rule) {
        RuleInfo r = catalog == null || rule == null ? null : catalog.get(rule);
        return r == null ? null : r.baseSalience();
    }

    /** Incident outcome from its attempts: healed wins, else the most telling of the others. */
    public static String outcomeOf(List<Attempt> attempts, boolean diagnosed) {
        if (!diagnosed) return UNDIAGNOSED;
        if (attempts.stream().anyMatch(a -> a.outcome().equals(Attempt.HEALED))) return HEALED;
        if (!attempts.isEmpty() && attempts.stream().allMatch(a -> a.outcome().equals(Attempt.DRY_RUN))) return DRY_RUN;
        if (!attempts.isEmpty() && attempts.stream().allMatch(a -> a.outcome().equals(Attempt.REFUSED))) return REFUSED;
        return FAILED;
    }
}
