package org.autoheal.engine;

import java.util.List;
import org.autoheal.facts.Diagnosis;
import org.autoheal.facts.Proposal;
import org.autoheal.facts.ToolchainError;

/**
 * What the rules decided for one output: every diagnosis (the first is the root cause), the
 * proposals of the root cause ranked by effective salience, the trace, and the evidence: every
 * signal with how it was judged. {@code error} is the signal of the root cause (the parsed lead
 * fact when nothing was diagnosed).
 */
public record Decision(ToolchainError error, List<Diagnosis> diagnoses, List<Proposal> proposals,
                       List<TraceEvent> trace, List<String> warnings, String ruleBaseVersion, List<Signal> evidence) {
    public Decision(ToolchainError error, List<Diagnosis> diagnoses, List<Proposal> proposals,
                    List<TraceEvent> trace, List<String> warnings, String ruleBaseVersion) {
        this(error, diagnoses, proposals, trace, warnings, ruleBaseVersion, List.of());
    }

    public Diagnosis primary() {
        return diagnoses.isEmpty() ? null : diagnoses.get(0);
    }

    public boolean diagnosed() {
        return !diagnoses.isEmpty();
    }
}
