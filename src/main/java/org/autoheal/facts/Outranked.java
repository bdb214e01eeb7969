package org.autoheal.facts;

/** A diagnosis of another signal lost to the root cause; the stamped rule is the one that decided it. */
public final class Outranked extends Ruling {
    private final Diagnosis winner;
    private final Diagnosis loser;

    public Outranked(Diagnosis winner, Diagnosis loser) {
        this.winner = winner;
        this.loser = loser;
    }

    public static Outranked of(Diagnosis winner, Diagnosis loser) {
        return new Outranked(winner, loser);
    }

    public Diagnosis getWinner() { return winner; }
    public Diagnosis getLoser() { return loser; }

    @Override
    public String toString() {
        return "Outranked[" + loser.getCause() + " from #" + loser.getError().getIndex() + " by " + winner.getCause()
                + " from #" + winner.getError().getIndex() + "]";
    }
}
