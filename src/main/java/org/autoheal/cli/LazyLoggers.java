package org.autoheal.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.DefaultLoggingEvent;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.spi.LoggingEventAware;

/**
 * SLF4J loggers that know {@link LogSetup}'s levels and set logback up only when a message at an enabled
 * level is logged. Setting logback up (its context, pattern layout and console appender) was 20-30 ms of a
 * cold start's CPU, and a start that goes well logs nothing at WARN (docs/performance.md, session 14).
 * The level of a logger is that of the longest configured name it equals or starts with before a
 * {@code .} or {@code $}, as logback's hierarchy gives it; a message that passes goes to logback's logger of
 * the same name as the SLF4J event it was given, so the output is logback's.
 */
final class LazyLoggers implements ILoggerFactory {
    private final Map<String, Level> levels;
    private final Supplier<ILoggerFactory> logback;
    private volatile ILoggerFactory bound;
    private final ConcurrentHashMap<String, org.slf4j.Logger> loggers = new ConcurrentHashMap<>();

    /** {@code levels} by logger name (the root's under {@link Logger#ROOT_LOGGER_NAME}); {@code logback} sets it up, called once. */
    LazyLoggers(Map<String, Level> levels, Supplier<ILoggerFactory> logback) {
        this.levels = levels;
        this.logback = logback;
    }

    @Override
    public org.slf4j.Logger getLogger(String name) {
        org.slf4j.Logger logger = loggers.get(name);
        return logger != null ? logger : loggers.computeIfAbsent(name, n -> new LazyLogger(n, levelOf(n).levelInt, this));
    }

    /** Whether logback has been set up (something was logged at an enabled level). */
    boolean bound() {
        return bound != null;
    }

    Level levelOf(String name) {
        if (Logger.ROOT_LOGGER_NAME.equalsIgnoreCase(name)) return levels.get(Logger.ROOT_LOGGER_NAME);
        Level level = levels.get(Logger.ROOT_LOGGER_NAME);
        int longest = -1;
        for (Map.Entry<String, Level> e : levels.entrySet()) {
            String n = e.getKey();
            if (n.equals(Logger.ROOT_LOGGER_NAME) || n.length() <= longest) continue;
            boolean under = name.equals(n)
                    || name.length() > n.length() && name.startsWith(n) && (name.charAt(n.length()) == '.' || name.charAt(n.length()) == '$');
            if (under) {
                level = e.getValue();
                longest = n.length();
            }
        }
        return level;
    }

    private ILoggerFactory logback() {
        ILoggerFactory f = bound;
        if (f == null) {
            synchronized (this) {
                if (bound == null) bound = logback.get();
                f = bound;
            }
        }
        return f;
    }

    private static final class LazyLogger extends AbstractLogger {
        private static final long serialVersionUID = 1L;
        private final int threshold;
        private final transient LazyLoggers factory;

        LazyLogger(String name, int threshold, LazyLoggers factory) {
            this.name = name;
            this.threshold = threshold;
            this.factory = factory;
        }

        private boolean enabled(Level level) {
            return level.levelInt >= threshold;
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return LazyLogger.class.getName();
        }

        /** Reached only for an enabled level (AbstractLogger checks first): logback decides and writes from here. */
        @Override
        protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker, String message, Object[] arguments,
                Throwable throwable) {
            org.slf4j.Logger target = factory.logback().getLogger(name);
            DefaultLoggingEvent event = new DefaultLoggingEvent(level, target);
            event.setMessage(message);
            if (arguments != null) event.addArguments(arguments);
            if (marker != null) event.addMarker(marker);
            event.setThrowable(throwable);
            event.setCallerBoundary(getFullyQualifiedCallerName());
            ((LoggingEventAware) target).log(event); // logback's Logger: its own level check, appenders, formatting
        }
    }
}
