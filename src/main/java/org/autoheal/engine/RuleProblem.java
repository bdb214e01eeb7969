package org.autoheal.engine;

/** A problem in a rule file, printed the way compilers do: {@code file:line:col: message}. */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 0) + ":" + Math.max(column, 0) + ": " + message;
    }
}
