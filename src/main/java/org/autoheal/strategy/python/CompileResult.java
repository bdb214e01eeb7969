package org.autoheal.strategy.python;

/**
 * Outcome of compiling Python source with the toolchain's interpreter.
 *
 * @param ok        true when the source compiled
 * @param errorType SyntaxError, IndentationError, TabError, ... (empty when ok)
 * @param message   the interpreter's message, e.g. "expected ':'" (empty when ok)
 * @param line      1-based line of the error, 0 when unknown or ok
 */
public record CompileResult(boolean ok, String errorType, String message, int line) {

    public static CompileResult success() {
        return new CompileResult(true, "", "", 0);
    }

    public static CompileResult failure(String errorType, String message, int line) {
        return new CompileResult(false, errorType, message, line);
    }

    @Override
    public String toString() {
        return ok ? "compiles" : errorType + " at line " + line + ": " + message;
    }
}
