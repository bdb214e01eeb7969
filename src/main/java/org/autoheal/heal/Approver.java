package org.autoheal.heal;

import java.io.Console;
import org.autoheal.facts.Proposal;

/** Decides whether an action may run: always (--yes / auto_approve), never, or ask on the terminal. */
@FunctionalInterface
public interface Approver {
    Approver ALWAYS = (incident, proposal, plan) -> true;
    Approver NEVER = (incident, proposal, plan) -> false;

    /** Said when nothing can ask a person and nothing approved in advance: what to do about it. */
    String NO_TERMINAL = "not approved: no terminal to ask y/N on; pass --yes or set \"auto_approve\": true in config/autoheal.json";

    /** Without a terminal: approves nothing and says how to approve next time. */
    Approver UNATTENDED = new Approver() {
        @Override
        public boolean approve(Incident incident, Proposal proposal, String plan) {
            return false;
        }

        @Override
        public String refusal() {
            return NO_TERMINAL;
        }
    };

    boolean approve(Incident incident, Proposal proposal, String plan);

    /** The attempt's detail when {@link #approve} said no. */
    default String refusal() {
        return "not approved";
    }

    /** y/N on the terminal; without a terminal nothing is approved, and the refusal says to pass --yes or set auto_approve. */
    static Approver terminal() {
        Console console = System.console();
        if (console == null) return UNATTENDED;
        return (incident, proposal, plan) -> {
            String answer = console.readLine("[%s] %s: %s. Apply? [y/N] ", incident.tool(), proposal.getStrategy(), plan);
            return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
        };
    }
}
