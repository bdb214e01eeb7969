package org.autoheal.facts;

/**
 * A signal that is not a cause (the program succeeded, a warning, an error that was retried):
 * the rule that says so inserts this and withdraws the signal, so no diagnosis rule sees it.
 */
public final class Dismissed extends Ruling {
    private final ToolchainError signal;
    private final String reason;

    public Dismissed(ToolchainError signal, String reason) {
        this.signal = signal;
        this.reason = reason;
    }

    public static Dismissed of(ToolchainError signal, String reason) {
        return new Dismissed(signal, reason);
    }

    public ToolchainError getSignal() { return signal; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return "Dismissed[#" + signal.getIndex() + " line " + signal.getPosition() + ": " + reason + "]";
    }
}
