package org.autoheal.recover;

/** An incident's backup manifest failed its checks, so nothing was restored. */
public final class RollbackRefusedException extends RuntimeException {
    RollbackRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
