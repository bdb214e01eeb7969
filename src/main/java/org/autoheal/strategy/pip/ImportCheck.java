package org.autoheal.strategy.pip;

/**
 * Whether the interpreter can import a module after an install. {@code exitCode} is
 * -1 when no process ran (invalid name, interpreter missing); {@code outputTail} then
 * says why, otherwise it holds the end of Python's output (the traceback on failure).
 */
public record ImportCheck(String importName, String python, boolean importable,
                          int exitCode, boolean timedOut, String outputTail) {

    /** One line for reports. */
    public String summary() {
        if (importable) return python + " imports " + importName;
        String last = InstallResult.lastLine(outputTail);
        return python + " cannot import " + importName + (timedOut ? " (timed out)" : "")
                + (last.isEmpty() ? "" : ": " + last);
    }
}
