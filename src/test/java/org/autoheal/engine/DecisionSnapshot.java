package org.autoheal.engine;

import java.util.List;

/** What a decision concluded, as plain comparable text: diagnoses in order, proposals as ranked. */
record DecisionSnapshot(List<String> diagnoses, List<String> proposals, List<String> warnings) {
    static DecisionSnapshot of(Decision d) {
        return new DecisionSnapshot(
                d.diagnoses().stream().map(x -> x.getCause() + " " + x.getDetails() + " solution=" + x.getSolution()
                        + " by '" + x.getRule() + "'").toList(),
                d.proposals().stream().map(p -> p.getStrategy() + " " + p.getParams() + " by '" + p.getRule() + "' @"
                        + p.getSalience() + " for " + p.getDiagnosis().getCause()).toList(),
                d.warnings());
    }
}
