package org.autoheal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;

/** The modes of one RunSpec: tail capture, environment bases, detached runs, and the tree killer. */
@Tag(Tags.PROCESS)
class RunSpecModesTest {

    private final ProcessRunner runner = new ProcessRunner();

    @TempDir
    Path dir;

    @Test
    void whenOnlyTheTailIsKept_thenTheLastBytesSurviveWithTheDroppedCount() {
        RunResult r = runner.run(RunSpec.of(dir, "python3", "-c",
                "for i in range(40000): print('line %06d' % i)\nprint('last line')").keepingTail(4096));

        assertThat(r.stdout().length()).isLessThan(4096 + 60);
        assertThat(r.stdout()).startsWith("[... ").contains("earlier bytes dropped", "line 039999", "last line")
                .doesNotContain("line 000000");
    }

    @Test
    void whenTheBaseIsExact_thenTheProcessSeesOnlyTheGivenVariables() {
        RunResult r = runner.run(new RunSpec(java.util.List.of("env"), dir,
                Map.of("PATH", System.getenv("PATH"), "AUTOHEAL_ONLY", "1"), Duration.ofSeconds(20), 64 * 1024)
                .over(RunSpec.Base.EXACT));

        assertThat(names(r.stdout())).isEqualTo(Set.of("PATH", "AUTOHEAL_ONLY"));
    }

    @Test
    void whenTheBaseIsInherited_thenTheLocaleIsLeftAsItIs_andEnglishMessagesSetIt() {
        RunSpec spec = RunSpec.of(dir, "env").withEnv(Map.of("AUTOHEAL_X", "1"));

        String inherited = runner.run(spec.over(RunSpec.Base.INHERITED)).stdout();
        String english = runner.run(spec).stdout();

        String own = System.getenv("LC_MESSAGES");
        assertThat(inherited).contains("AUTOHEAL_X=1");
        if (own == null) assertThat(names(inherited)).doesNotContain("LC_MESSAGES");
        else assertThat(inherited).contains("LC_MESSAGES=" + own);
        assertThat(english).contains("AUTOHEAL_X=1", "LC_MESSAGES=C");
    }

    @Test
    void whenDetached_thenTheOsAppendsBothStreamsToTheLog_andStdinIsEmpty() throws Exception {
        Path log = dir.resolve("run.log");
        Files.writeString(log, "before\n");
        Process p = Detached.start(RunSpec.of(dir, "sh", "-c", "echo out; echo err >&2; cat; echo end").detached(log));

        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(log)).isEqualTo("before\nout\nerr\nend\n");
    }

    @Test
    void whenADetachedSpecIsRunAttached_orAnAttachedOneDetached_thenItIsRefused() {
        RunSpec attached = RunSpec.of(dir, "true");

        assertThatThrownBy(() -> runner.run(attached.detached(dir.resolve("x.log"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Detached.start");
        assertThatThrownBy(() -> Detached.start(attached)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no log");
    }

    @Test
    void whenATreeIgnoresSigterm_thenTerminateUsesSigkillAndSaysSo() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", String.join("\n",
                "import signal, subprocess, sys, time",
                "signal.signal(signal.SIGTERM, signal.SIG_IGN)",
                "subprocess.Popen(['sleep', '60'])",
                "print('up', flush=True)",
                "time.sleep(60)")).directory(dir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("up");
            ProcessTree.Termination t = ProcessTree.terminate(p.toHandle(), Duration.ofMillis(300), Duration.ofSeconds(5));

            assertThat(t.forced()).isTrue();
            assertThat(t.allGone()).isTrue();
            assertThat(t.processes()).isGreaterThanOrEqualTo(2);
            assertThat(ProcessTree.isRunning(p.toHandle())).isFalse();
        } finally {
            p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void whenAScriptMarksItsAnswer_thenTheMarkedLineIsRead_andAFailureIsToldBriefly() {
        RunResult answered = runner.run(RunSpec.of(dir, "python3", "-c",
                "print('noise'); print('@@mark@@ {\"a\": 1}'); print('after')"));
        RunResult failed = runner.run(RunSpec.of(dir, "python3", "-c", "import sys; print('boom'); sys.exit(3)"));
        RunResult missing = runner.run(RunSpec.of(dir, "./no-such-program"));

        assertThat(answered.markedLine("@@mark@@ ")).contains("{\"a\": 1}");
        assertThat(failed.markedLine("@@mark@@ ")).isEmpty();
        assertThat(failed.shortFailure()).isEqualTo("exit 3: boom");
        assertThat(missing.shortFailure()).startsWith("it could not start (").contains("no-such-program");
    }

    @Test
    void whenARunLogGrowsPastItsBound_thenItRotates_andAReadSinceTheOffsetKeepsOnlyTheLastBytes() throws Exception {
        Path log = dir.resolve("logs").resolve("tool.log");
        long first = RunLog.begin(log, "== first\n", 100);
        Files.writeString(log, "x".repeat(200) + "tail\n", java.nio.file.StandardOpenOption.APPEND);
        long second = RunLog.begin(log, "== second\n", 100);

        assertThat(first).isEqualTo("== first\n".length());
        assertThat(Files.readString(dir.resolve("logs").resolve("tool.log.1"))).startsWith("== first\n").endsWith("tail\n");
        assertThat(second).isEqualTo("== second\n".length());
        Files.writeString(log, "a".repeat(50) + "end\n", java.nio.file.StandardOpenOption.APPEND);
        RunLog.Tail tail = RunLog.since(log, second, 10);
        assertThat(tail.text()).isEqualTo("aaaaaaend\n");
        assertThat(tail.dropped()).isEqualTo(44);
        assertThat(RunLog.since(log, second, 1000).dropped()).isZero();
    }

    private static Set<String> names(String envOutput) {
        return envOutput.lines().filter(l -> l.contains("=")).map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toSet());
    }
}
