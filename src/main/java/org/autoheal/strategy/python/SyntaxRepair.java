package org.autoheal.strategy.python;

import java.util.Optional;

/**
 * Picks the first {@link SyntaxFixer} candidate that the toolchain's interpreter compiles.
 * A candidate that only moves the error elsewhere does not compile and is never returned.
 */
public final class SyntaxRepair {
    private SyntaxRepair() {
    }

    /**
     * @param line        1-based line reported by the interpreter
     * @param displayName file name for the interpreter's messages (never used as a path)
     * @return the fixed source, or empty when no candidate compiles (the caller changes nothing)
     */
    public static Optional<String> fix(String source, int line, String kind, PythonInterpreter py, String displayName) {
        for (String candidate : new SyntaxFixer().candidates(source, line, kind)) {
            if (py.compiles(candidate, displayName).ok()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
