package org.autoheal.strategy.python;

/** The interpreter could not be run, timed out, or answered something that is not our script's result. */
public final class PythonInterpreterException extends RuntimeException {
    public PythonInterpreterException(String message) {
        super(message);
    }

    public PythonInterpreterException(String message, Throwable cause) {
        super(message, cause);
    }
}
