package org.autoheal.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logback set up in code, the same as {@code logback.xml} (stderr, WARN or $AUTOHEAL_LOG_LEVEL,
 * Drools and KIE at ERROR, Jetty at WARN), without parsing XML at every start. An explicit
 * {@code -Dlogback.configurationFile} (or a {@code logback-test.xml} on the class path) still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** True when the user's logback configuration (a file named by a property, or logback-test.xml) is to be used instead. */
    static boolean declines() {
        return System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null;
    }

    /** The levels set up, by logger name, the root's first (as {@link Logger#ROOT_LOGGER_NAME}). */
    static Map<String, Level> levels() {
        Map<String, Level> levels = new LinkedHashMap<>();
        String level = System.getProperty("AUTOHEAL_LOG_LEVEL", System.getenv("AUTOHEAL_LOG_LEVEL"));
        levels.put(Logger.ROOT_LOGGER_NAME, Level.toLevel(level, Level.WARN));
        levels.put("org.drools", Level.ERROR);
        levels.put("org.kie", Level.ERROR);
        levels.put("org.eclipse.jetty", Level.WARN); // the intake's server: no start banners at INFO
        return levels;
    }

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (declines()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(ctx);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(stderr);
        levels().forEach((name, level) -> ctx.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
