package org.autoheal.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The result of work a start handed to another thread, waited for without giving up on an interrupt (the caller
 * needs it either way): the interrupt is kept for the caller, and the task's failure comes back as what it was.
 */
public final class Awaited {
    private Awaited() {
    }

    /** The task's result; a failure of type {@code checked} or an unchecked one rethrown as is, any other wrapped. */
    public static <T, X extends Exception> T result(Future<T> task, Class<X> checked) throws X {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) throw checked.cast(cause);
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
