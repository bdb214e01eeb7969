package org.autoheal.heal;

import java.io.Console;
import org.autoheal.facts.Proposal;

/** Decides whether an action may run: always (--yes / auto_approve), never, or ask on the terminal. */
@FunctionalInterface
public interface Approver {
    Approver ALWAYS = (incident, proposal, plan) -> true;
    Approver NEVER = (incident, proposal, plan) -> false;

    boolean approve(Incident incident, Proposal proposal, String plan);

    /** y/N on the terminal; without a terminal nothing is approved. */
    static Approver terminal() {
        Console console = System.console();
        if (console == null) return NEVER;
        return (incident, proposal, plan) -> {
            String answer = console.readLine("[%s] %s: %s. Apply? [y/N] ", incident.tool(), proposal.getStrategy(), plan);
            return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
        };
    }
}
