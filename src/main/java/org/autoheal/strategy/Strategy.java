package org.autoheal.strategy;

import java.util.Map;

/**
 * A healing strategy: validates a proposal's parameters and plans one concrete change.
 * Planning touches nothing; the pipeline backs up what the action declares, then applies it.
 */
public interface Strategy {
    String name();

    /** @throws Refusal when the proposal is unsafe or cannot apply here; nothing has changed */
    Action plan(StrategyContext ctx, Map<String, String> params) throws Refusal;
}
