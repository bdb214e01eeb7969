package org.autoheal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start binds logging through {@link LogProvider} (selected the way {@link Main} does): the output is
 * {@link LogSetup}'s, nothing is announced on stderr, and an explicit logback configuration file still wins.
 * Each case in a fresh JVM, where SLF4J is not bound yet. Logback itself is set up only when a message passes
 * LogSetup's levels ({@link LazyLoggers}).
 */
class LogProviderTest {
    /** A fresh JVM: selects the provider, then logs at every level on two loggers. */
    public static void main(String[] args) {
        LogProvider.select();
        Logger app = LoggerFactory.getLogger("org.autoheal.Probe");
        Logger drools = LoggerFactory.getLogger("org.drools.Probe");
        if (args.length > 0 && args[0].equals("quiet")) { // only what LogSetup's levels leave out
            app.info("app info");
            drools.warn("drools warn");
            LoggerFactory.getLogger("org.droolsx.Probe").info("droolsx info");
            System.err.println("logback set up " + ((LazyLoggers) LoggerFactory.getILoggerFactory()).bound());
            LoggerFactory.getLogger("org.droolsx.Probe").warn("droolsx warn"); // org.droolsx is not under org.drools
            LoggerFactory.getLogger("org.kie$Inner").warn("kie inner warn");
            LoggerFactory.getLogger("org.kie.api.Probe").error("kie error {} {}", 1, 2, new IllegalStateException("boom"));
            System.err.println("logback set up " + ((LazyLoggers) LoggerFactory.getILoggerFactory()).bound());
            return;
        }
        app.debug("app debug");
        app.info("app info");
        app.warn("app warn {}", 1);
        app.error("app error");
        drools.warn("drools warn");
        drools.error("drools error");
        System.err.println("factory " + LoggerFactory.getILoggerFactory().getClass().getName());
    }

    private static String run(List<String> jvmOptions, String logLevel, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LogProviderTest.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("AUTOHEAL_LOG_LEVEL");
        if (logLevel != null) pb.environment().put("AUTOHEAL_LOG_LEVEL", logLevel);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void logsAsLogSetupSaysWithoutAnnouncingTheProvider() throws Exception {
        // the test class path has no logback-test.xml, so LogSetup configures (as in the jar)
        String out = run(List.of(), null);
        assertThat(out).doesNotContain("SLF4J").contains("factory org.autoheal.cli.LazyLoggers");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  Probe: app warn 1$");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR Probe: app error$");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR Probe: drools error$");
        assertThat(out).doesNotContain("app info", "app debug", "drools warn");
    }

    @Test
    void logbackIsSetUpAtTheFirstMessageThatPassesTheLevels() throws Exception {
        String out = run(List.of(), null, "quiet");
        assertThat(out).contains("logback set up false\n").doesNotContain("app info", "drools warn", "droolsx info", "kie inner warn");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  Probe: droolsx warn$");
        assertThat(out).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR Probe: kie error 1 2$");
        assertThat(out).contains("java.lang.IllegalStateException: boom", "logback set up true");
    }

    @Test
    void theLevelComesFromAutohealLogLevel() throws Exception {
        String out = run(List.of(), "DEBUG");
        assertThat(out).contains("DEBUG Probe: app debug", "INFO  Probe: app info").doesNotContain("drools warn");
    }

    @Test
    void anExplicitConfigurationFileStillWins(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("logback.xml");
        Files.writeString(xml, """
                <configuration>
                  <appender name="E" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>custom %level %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="E"/></root>
                </configuration>
                """);
        String out = run(List.of("-Dlogback.configurationFile=" + xml), null);
        assertThat(out).contains("custom INFO app info", "custom WARN drools warn").doesNotContain("app debug");
    }

    @Test
    void aProviderTheUserNamedIsKept() throws Exception {
        String out = run(List.of("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"), null);
        assertThat(out).contains("factory org.slf4j.helpers.NOPLoggerFactory").doesNotContain("app warn");
    }
}
