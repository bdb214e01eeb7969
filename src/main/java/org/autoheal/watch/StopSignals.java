package org.autoheal.watch;

import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT ask the daemon to stop instead of killing the JVM at once: the heal in flight
 * finishes or rolls back and the process exits 0. {@code sun.misc.Signal} (module jdk.unsupported)
 * is the only JDK way to handle a signal without starting JVM shutdown, which would run hooks
 * concurrently with the heal and end with status 143.
 */
public final class StopSignals {
    private StopSignals() {
    }

    public static void install(Runnable onStop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> onStop.run());
            } catch (IllegalArgumentException e) {
                LoggerFactory.getLogger(StopSignals.class).warn("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }
}
