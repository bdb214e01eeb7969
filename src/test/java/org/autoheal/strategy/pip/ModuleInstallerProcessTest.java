package org.autoheal.strategy.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How pip runs end: with fake interpreters that misbehave in one way each. */
@Tag(Tags.PROCESS)
class ModuleInstallerProcessTest {
    @TempDir Path tmp;

    private Path interpreter(String body) throws Exception {
        Path script = tmp.resolve("python-" + Math.abs(body.hashCode()));
        Files.writeString(script, "#!/usr/bin/env python3\nimport os, sys, time\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private InstallResult install(Path python, Duration timeout) {
        var installer = new ModuleInstaller(Map.of("PATH", System.getenv("PATH"), "PIP_NO_INPUT", "0"));
        InstallPlan plan = installer.plan("yaml", InstallPolicy.defaults(python.toString()));
        return installer.install(plan, tmp, timeout);
    }

    @Test
    void whenPipHangs_thenKilledAtTimeoutAndReportedAsTimedOut() throws Exception {
        InstallResult result = install(interpreter("print('starting', flush=True)\ntime.sleep(60)"),
                Duration.ofMillis(1500));
        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputTail()).contains("starting");
        assertThat(result.summary()).contains("timed out", "PyYAML");
    }

    @Test
    void whenInterpreterIsAWrapperAndItsChildHangs_thenTheWholeTreeIsKilled() throws Exception {
        // like a pyenv shim: a shell script whose python child does the work (not exec'd)
        Path pidFile = tmp.resolve("child.pid");
        Path shim = tmp.resolve("python-shim");
        Files.writeString(shim, "#!/bin/sh\n/usr/bin/env python3 -c 'import os, sys, time\n"
                + "open(sys.argv[1], \"w\").write(str(os.getpid())); print(\"child up\", flush=True); time.sleep(600)' "
                + pidFile + "\necho shim-done\n");
        Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwx------"));
        try {
            // generous bound: this detects a hang until the child's 600 s sleep ends, not speed
            InstallResult result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                    () -> install(shim, Duration.ofSeconds(2)));
            assertThat(result.timedOut()).isTrue();
            assertThat(result.outputTail()).contains("child up");
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            Wait.until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), Duration.ofSeconds(10));
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("child %d alive", pid).isFalse();
        } finally {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void whenPipPrintsWithoutEnd_thenOnlyABoundedTailIsKept() throws Exception {
        InstallResult result = install(interpreter(
                "os.dup2(1, 2)\n" // one pipe for both streams keeps their order fixed for this test
                + "for i in range(40000): print('line %06d' % i)\n"
                + "sys.stdout.flush(); sys.stderr.write('ERROR: on stderr\\n'); sys.stderr.flush()\n"
                + "print('last line')\nsys.exit(3)"),
                Duration.ofSeconds(60));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.outputTail().length()).isLessThan(org.autoheal.strategy.install.DetachedInstall.TAIL_BYTES + 100);
        assertThat(result.outputTail()).contains("earlier bytes dropped", "line 039999", "last line", "ERROR: on stderr")
                .doesNotContain("line 000000");
        assertThat(result.summary()).endsWith("exited 3: ERROR: on stderr");
    }

    @Test
    void whenRunningPip_thenNoPromptAndNoVersionCheckAreSet_andStdinIsClosed() throws Exception {
        InstallResult result = install(interpreter(
                "print(os.environ.get('PIP_NO_INPUT'), os.environ.get('PIP_DISABLE_PIP_VERSION_CHECK'), repr(sys.stdin.read()))"),
                Duration.ofSeconds(60));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputTail().strip()).isEqualTo("1 1 ''");
    }

    @Test
    void whenInterpreterDoesNotExist_thenResultSaysSoWithoutThrowing() {
        InstallResult result = install(tmp.resolve("no-such-python"), Duration.ofSeconds(10));
        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputTail()).contains("no-such-python", "\"python\"");
        var check = new ModuleInstaller().verifyImport(tmp.resolve("no-such-python").toString(), "yaml", tmp);
        assertThat(check.importable()).isFalse();
        assertThat(check.exitCode()).isEqualTo(-1);
    }
}
