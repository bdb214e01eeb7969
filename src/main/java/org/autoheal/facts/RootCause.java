package org.autoheal.facts;

/** The diagnosis that the evidence rules chose as the root cause; only its proposals count. */
public final class RootCause extends Ruling {
    private final Diagnosis diagnosis;

    public RootCause(Diagnosis diagnosis) {
        this.diagnosis = diagnosis;
    }

    public static RootCause of(Diagnosis diagnosis) {
        return new RootCause(diagnosis);
    }

    public Diagnosis getDiagnosis() { return diagnosis; }

    @Override
    public String toString() {
        return "RootCause[" + diagnosis.getCause() + " from #" + diagnosis.getError().getIndex() + "]";
    }
}
