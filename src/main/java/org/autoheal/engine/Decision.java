package org.autoheal.engine;

import java.util.List;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;

/**
 * What the rules decided for one error: every diagnosis (the first is the primary one),
 * the proposals ranked by effective salience, and the trace of the decision.
 */
public record Decision(ToolchainError error, List<Diagnosis> diagnoses, List<Proposal> proposals,
                       List<TraceEvent> trace, List<String> warnings, String ruleBaseVersion) {
    public Diagnosis primary() {
        return diagnoses.isEmpty() ? null : diagnoses.get(0);
    }

    public boolean diagnosed() {
        return !diagnoses.isEmpty();
    }
}
