package org.autoheal.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value an inference rule found for a detail that a diagnosis lacks. The candidate with the
 * highest {@code rank} fills the detail; two different values at that rank make it ambiguous.
 * {@code value} is what the candidate is called (its identity); {@code fills} the details it sets
 * (by default {@code key = value}; an address sets host, port and url).
 */
public final class DetailCandidate {
    private final Diagnosis diagnosis;
    private final String key;
    private final String value;
    private final int rank;
    private final String source;
    private final Map<String, String> fills = new LinkedHashMap<>();

    private DetailCandidate(Diagnosis diagnosis, String key, String value, int rank, String source) {
        this.diagnosis = diagnosis;
        this.key = key;
        this.value = value;
        this.rank = rank;
        this.source = source;
    }

    /** {@code source} says where the value comes from, for diagnose and why. */
    public static DetailCandidate of(Diagnosis d, String key, Object value, int rank, String source) {
        DetailCandidate c = new DetailCandidate(d, key, String.valueOf(value), rank, source);
        c.fills.put(key, c.value);
        return c;
    }

    /** Another detail set together with this one (null values are left out). */
    public DetailCandidate fill(String detail, Object v) {
        if (v != null) fills.put(detail, String.valueOf(v));
        return this;
    }

    /** Only the given details are set, not {@code key} itself (for a key that names a group, e.g. address). */
    public DetailCandidate fillsOnly(Map<String, Object> details) {
        fills.clear();
        details.forEach(this::fill);
        return this;
    }

    public Diagnosis getDiagnosis() { return diagnosis; }
    public String getKey() { return key; }
    public String getValue() { return value; }
    public int getRank() { return rank; }
    public String getSource() { return source; }
    public Map<String, String> getFills() { return fills; }

    @Override
    public String toString() {
        return "DetailCandidate[" + key + "=" + value + " rank " + rank + ": " + source + "]";
    }
}
