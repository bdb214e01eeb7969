package org.autoheal.engine;

import org.slf4j.LoggerFactory;
import org.slf4j.helpers.SubstituteLoggerFactory;

/**
 * SLF4J binds its backend (logback, 40-50 ms of a cold start) when the first logger is asked for.
 * While it does, loggers asked for on other threads are substitutes that record every call and
 * replay it afterwards with a warning on stderr. A start runs the rules thread beside the main
 * thread's logging set-up (docs/performance.md, session 12), so each of them calls {@link #await()}
 * before anything that may log: it binds logging itself, or waits for the thread that is binding it.
 */
public final class LoggingBound {
    private LoggingBound() {
    }

    public static void await() {
        boolean interrupted = false;
        while (LoggerFactory.getILoggerFactory() instanceof SubstituteLoggerFactory) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
