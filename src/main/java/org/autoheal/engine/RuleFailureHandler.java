package org.autoheal.engine;

import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * One rule's consequence that throws (a user rule reading a field the error does not have) must
 * not cost the whole decision: Drools' default handler rethrows, which stops every rule that had
 * not fired yet. This one records the failure as a fact and lets the firing go on; what the
 * failed consequence did before it threw stays, the rest of it is skipped.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        runtime.insert(new RuleFailure(match.getRule().getName(), exception));
    }
}
