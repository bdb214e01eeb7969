package org.autoheal.facts;

import java.util.Map;
import org.autoheal.facts.DeadlineCharSequence.RegexTimeoutException;

/**
 * A custom pattern whose required literal text occurs in the error: only candidates reach
 * the regex, so the cost per error stays nearly flat in the number of patterns. A regex that
 * runs past its time budget counts as no match and is reported, never hangs the engine.
 */
public final class PatternCandidate {
    private final CustomPattern pattern;
    private final ToolchainError error;
    private Map<String, String> groups;
    private boolean evaluated;
    private boolean timedOut;

    public PatternCandidate(CustomPattern pattern, ToolchainError error) {
        this.pattern = pattern;
        this.error = error;
    }

    /** Runs the regex once; later calls reuse the result. */
    public boolean matches() {
        if (!evaluated) {
            evaluated = true;
            try {
                groups = pattern.groups(error);
            } catch (RegexTimeoutException e) {
                timedOut = true;
            }
        }
        return groups != null;
    }

    public Map<String, String> getGroups() {
        return groups == null ? Map.of() : groups;
    }

    public CustomPattern getPattern() { return pattern; }
    public ToolchainError getError() { return error; }
    public boolean isTimedOut() { return timedOut; }

    @Override
    public String toString() {
        return "PatternCandidate[" + pattern.getName() + "]";
    }
}
