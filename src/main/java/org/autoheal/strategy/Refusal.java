package org.autoheal.strategy;

/** A strategy will not act: the reason says why (unsafe name, path outside the roots, …). */
public final class Refusal extends Exception {
    public Refusal(String reason) {
        super(reason);
    }
}
