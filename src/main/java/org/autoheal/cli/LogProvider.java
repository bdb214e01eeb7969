package org.autoheal.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.util.StatusListenerConfigHelper;
import ch.qos.logback.core.util.StatusPrinter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.Util;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logback's SLF4J provider as {@link LogbackServiceProvider} makes it, configured by {@link LogSetup} directly.
 * Logback's own provider finds LogSetup through its auto-configuration, which costs a cold start 20-30 ms of the
 * main thread for nothing it uses: a service-loader scan of every jar, the JDK's security policy file parsed for
 * a permission check, the logback jar's manifest read for its version, and the first string concatenation call
 * site linked for a debug message (docs/performance.md, session 13). {@link Main} names this class in SLF4J's
 * {@code slf4j.provider} property, which also spares SLF4J its own scan for providers. With
 * {@code -Dlogback.configurationFile} or a {@code logback-test.xml} (LogSetup declines), logback's
 * auto-configuration runs as before.
 */
public final class LogProvider implements SLF4JServiceProvider {
    private ILoggerFactory factory;
    private IMarkerFactory markers;
    private LogbackMDCAdapter mdc;

    /** Makes SLF4J bind through this provider, unless the user named one; before the first logger is asked for. */
    static void select() {
        if (System.getProperty("slf4j.provider") != null) return;
        System.setProperty("slf4j.provider", LogProvider.class.getName());
        // SLF4J announces an explicitly named provider at INFO on stderr; its warnings and errors still show
        if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    /** With LogSetup's configuration, logback is set up at the first message that passes its levels ({@link LazyLoggers}). */
    @Override
    public void initialize() {
        markers = new BasicMarkerFactory();
        mdc = new LogbackMDCAdapter();
        factory = LogSetup.declines() ? logback() : new LazyLoggers(LogSetup.levels(), this::logback);
    }

    private LoggerContext logback() {
        LoggerContext context = new LoggerContext();
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        configure(context);
        context.start();
        context.setMDCAdapter(mdc);
        return context;
    }

    private static void configure(LoggerContext context) {
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            if (setup.configure(context) == Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY) {
                StatusListenerConfigHelper.installIfAsked(context); // -Dlogback.statusListenerClass, as autoConfig does
            } else {
                new ContextInitializer(context).autoConfig();
            }
            if (!StatusUtil.contextHasStatusListener(context)) StatusPrinter.printInCaseOfErrorsOrWarnings(context);
        } catch (JoranException | RuntimeException e) {
            Util.report("Failed to configure logback", e);
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return LogbackServiceProvider.REQUESTED_API_VERSION;
    }
}
