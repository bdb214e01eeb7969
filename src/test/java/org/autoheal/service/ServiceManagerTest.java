package org.autoheal.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.autoheal.service.TestSupport.freePort;
import org.autoheal.config.Service;
import org.autoheal.config.ProbeSpec;
import org.autoheal.testing.Tags;
import org.autoheal.testing.Wait;
import org.junit.jupiter.api.Tag;

@Tag(Tags.PROCESS)
class ServiceManagerTest {
    @TempDir
    Path home;

    @Test
    void startedService_runsDetachedWithPidFileAndLog_becomesReady_andStopKillsIt() throws Exception {
        int port = freePort();
        Service spec = Service.managed("web", List.of("python3", "-m", "http.server", Integer.toString(port),
                "--bind", "127.0.0.1"), home, ProbeSpec.http("http://127.0.0.1:" + port + "/"));
        ServiceManager manager = new ServiceManager(home);
        try {
            PidRecord record = manager.start(spec);
            Path pidFile = home.resolve("state/services/web.pid");
            assertThat(pidFile).exists().isEqualTo(manager.pidFile("web"));
            assertThat(Files.readString(pidFile)).contains("\"pid\" : " + record.pid()).contains("http.server");
            assertThat(ProcessHandle.of(record.pid()).map(ProcessHandle::isAlive)).contains(true);
            assertDetached(record.pid(), home.resolve("logs/services/web.log"));

            Ready ready = manager.awaitReady(spec);
            assertThat(ready.probe().detail()).contains("HTTP 200");
            ServiceStatus status = manager.status(spec);
            assertThat(status.running()).isTrue();
            assertThat(status.pid()).isEqualTo(record.pid());
            assertThat(status.up()).isTrue();
            assertThatThrownBy(() -> manager.start(spec)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("already running as pid " + record.pid());
            // stderr went to the log: http.server logs each request there
            assertThat(Wait.until(() -> read(manager.logFile("web")).contains("\"GET / HTTP/1.1\" 200"),
                    Duration.ofSeconds(5))).as(read(manager.logFile("web"))).isTrue();

            StopResult stopped = manager.stop(spec, Duration.ofSeconds(5));
            assertThat(stopped.stopped()).isTrue();
            assertThat(stopped.action()).isEqualTo("signal");
            assertThat(stopped.pid()).isEqualTo(record.pid());
            assertThat(ProcessHandle.of(record.pid()).filter(org.autoheal.exec.ProcessTree::isRunning)).isEmpty();
            assertThat(pidFile).doesNotExist();
            assertThat(manager.status(spec).up()).isFalse();
        } finally {
            cleanup(manager, spec);
        }
    }

    /** Own session (a Ctrl-C to AutoHeal's process group does not reach it), stdin /dev/null, stdout to the log. */
    private static void assertDetached(long pid, Path log) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        if (!Files.isDirectory(proc)) return; // not Linux
        if (org.autoheal.exec.Detached.setsid().isPresent()) {
            // setsid(1) calls setsid(2) just after it starts, then execs the command: until then the
            // new process is still in our session (CI once read /proc that early)
            Wait.until(() -> session(proc) == pid, Duration.ofSeconds(5));
            assertThat(session(proc)).as("session id of the service").isEqualTo(pid);
            assertThat(session(proc)).isNotEqualTo(ownSession());
        }
        assertThat(Files.readSymbolicLink(proc.resolve("fd/0"))).isEqualTo(Path.of("/dev/null"));
        assertThat(Files.readSymbolicLink(proc.resolve("fd/1")).toString()).isEqualTo(log.toString());
        assertThat(Files.readSymbolicLink(proc.resolve("fd/2")).toString()).isEqualTo(log.toString());
    }

    private static long session(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long ownSession() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
    }

    @Test
    void webSocketService_startsAndRestartsByStopStart_withAFreshPid() throws Exception {
        int port = freePort();
        Path script = TestSupport.wsServerScript(home);
        Service spec = Service.managed("mcp_server", List.of("python3", script.toString(), "--port",
                Integer.toString(port), "--path", "/mcp"), home, ProbeSpec.websocket("ws://127.0.0.1:" + port + "/mcp"));
        ServiceManager manager = new ServiceManager(home);
        try {
            long first = manager.start(spec).pid();
            assertThat(manager.awaitReady(spec).probe().detail()).contains("101");
            RestartResult restarted = manager.restart(spec);
            assertThat(restarted.ready()).as(restarted.detail()).isTrue();
            assertThat(restarted.action()).isEqualTo("stop-start");
            assertThat(restarted.pid()).isNotNull().isNotEqualTo(first);
            assertThat(restarted.timeToReady()).isNotNull();
            assertThat(ProcessHandle.of(first).filter(org.autoheal.exec.ProcessTree::isRunning)).isEmpty();
            assertThat(manager.status(spec).pid()).isEqualTo(restarted.pid());
        } finally {
            cleanup(manager, spec);
        }
    }

    @Test
    void awaitReady_failsAfterReadyTimeout_whenTheServiceNeverAnswers() throws Exception {
        int port = freePort();
        Service spec = Service.managed("sleepy", List.of("python3", "-c", "import time; time.sleep(30)"), home,
                ProbeSpec.tcp("127.0.0.1", port)).withReadyTimeout(Duration.ofSeconds(1));
        ServiceManager manager = new ServiceManager(home);
        try {
            manager.start(spec);
            assertThatThrownBy(() -> manager.awaitReady(spec)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("service 'sleepy' not ready after 1s")
                    .hasMessageContaining("tcp 127.0.0.1:" + port)
                    .hasMessageContaining("ready_timeout");
            assertThat(manager.status(spec).running()).as("a slow service is not killed by awaitReady").isTrue();
        } finally {
            cleanup(manager, spec);
        }
    }

    @Test
    void awaitReady_failsFast_withTheLogTail_whenTheServiceExitsAtOnce() throws Exception {
        Files.writeString(home.resolve("crash.py"), "import sys\nprint('loading settings')\n"
                + "sys.exit('fatal: config/settings.json not found')\n");
        Service spec = Service.managed("crashy", List.of("python3", "crash.py"), home,
                ProbeSpec.tcp("127.0.0.1", freePort())).withReadyTimeout(Duration.ofSeconds(20));
        ServiceManager manager = new ServiceManager(home);
        Files.createDirectories(home.resolve("logs/services"));
        Files.writeString(home.resolve("logs/services/crashy.log"), "old run: unrelated line\n");
        try {
            manager.start(spec);
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> manager.awaitReady(spec)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("service 'crashy' exited")
                    .hasMessageContaining("exit code 1")
                    .hasMessageContaining("loading settings")
                    .hasMessageContaining("fatal: config/settings.json not found")
                    .hasMessageNotContaining("old run");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("failed fast, not at the 20 s timeout")
                    .isLessThan(Duration.ofSeconds(15));
        } finally {
            cleanup(manager, spec);
        }
    }

    @Test
    void pidReuse_aLiveProcessWithADifferentStartTimeIsNeverKilled() throws Exception {
        Process foreign = new ProcessBuilder("python3", "-c", "import time; time.sleep(30)").start();
        Service spec = Service.managed("reused", List.of("python3", "-c", "import time; time.sleep(30)"), home,
                ProbeSpec.tcp("127.0.0.1", freePort()));
        ServiceManager manager = new ServiceManager(home);
        try {
            Instant realStart = foreign.info().startInstant().orElseThrow();
            PidRecord stale = new PidRecord("reused", foreign.pid(), realStart.minusSeconds(3600).toString(),
                    spec.start(), home.toString(), manager.logFile("reused").toString(), 0);
            new PidFiles(home.resolve("state/services")).write(stale);

            assertThat(manager.status(spec).running()).isFalse();
            PidRecord started = manager.start(spec); // a stale pid file does not block a start
            assertThat(started.pid()).isNotEqualTo(foreign.pid());
            manager.stop(spec, Duration.ofSeconds(2));

            new PidFiles(home.resolve("state/services")).write(stale);
            StopResult result = manager.stop(spec, Duration.ofSeconds(1));
            assertThat(result.action()).isEqualTo("none");
            assertThat(result.detail()).contains("stale pid file");
            assertThat(foreign.isAlive()).as("someone else's process survives").isTrue();
            assertThat(manager.pidFile("reused")).doesNotExist();

            Files.writeString(manager.pidFile("reused"), "{ not json");
            assertThat(manager.status(spec).running()).isFalse();
            assertThat(manager.stop(spec).detail()).isEqualTo("not running");
        } finally {
            TestSupport.kill(foreign);
            cleanup(manager, spec);
        }
    }

    @Test
    void forgedPidFile_withAnotherProcesssRealStartTime_isNeverSignalled() throws Exception {
        Process victim = new ProcessBuilder("sleep", "60").start();
        Service spec = Service.managed("web", List.of("python3", "-m", "http.server", "0"), home,
                ProbeSpec.tcp("127.0.0.1", freePort()));
        ServiceManager manager = new ServiceManager(home);
        try {
            String realStart = victim.info().startInstant().orElseThrow().toString();
            // the forger even records the victim's own command line: only the configured start command counts
            for (List<String> recorded : List.of(spec.start(), List.of("sleep", "60"))) {
                new PidFiles(home.resolve("state/services")).write(new PidRecord("web", victim.pid(), realStart,
                        recorded, home.toString(), manager.logFile("web").toString(), 0));

                assertThat(manager.status(spec).running()).isFalse();
                StopResult result = manager.stop(spec, Duration.ofSeconds(1));

                assertThat(result.action()).isEqualTo("none");
                assertThat(result.detail()).contains("refused to signal").contains("pid " + victim.pid() + " runs `sleep 60`")
                        .contains("python3 -m http.server 0");
                assertThat(victim.isAlive()).as("a process AutoHeal did not start was signalled").isTrue();
                assertThat(manager.pidFile("web")).doesNotExist();
            }
        } finally {
            TestSupport.kill(victim);
        }
    }

    @Test
    void forgedPidFile_namingAnotherLog_neverGetsThatFileQuoted() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), "the-secret-token\n");
        Service spec = Service.managed("web", List.of("python3", "-m", "http.server", "0"), home,
                ProbeSpec.tcp("127.0.0.1", freePort())).withReadyTimeout(Duration.ofSeconds(1));
        ServiceManager manager = new ServiceManager(home);
        new PidFiles(home.resolve("state/services")).write(new PidRecord("web", 999_999_999L, Instant.now().toString(),
                List.of("cat", secret.toString()), home.toString(), secret.toString(), 0));

        assertThatThrownBy(() -> manager.awaitReady(spec)).isInstanceOf(ServiceException.class)
                .hasMessageNotContaining("the-secret-token").hasMessageNotContaining("cat " + secret)
                .hasMessageContaining(manager.logFile("web").toString());
    }

    @Test
    void stop_killsDescendants_andUsesSigkillWhenSigtermIsIgnored() throws Exception {
        Files.writeString(home.resolve("stubborn.py"), String.join("\n",
                "import signal, subprocess, sys, time",
                "signal.signal(signal.SIGTERM, signal.SIG_IGN)",
                "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])",
                "open('child.pid', 'w').write(str(child.pid))",
                "time.sleep(60)", ""));
        Service spec = Service.managed("stubborn", List.of("python3", "stubborn.py"), home,
                ProbeSpec.command(List.of("python3", "-c", "import os, sys; sys.exit(0 if os.path.getsize('child.pid') else 1)")));
        ServiceManager manager = new ServiceManager(home);
        try {
            PidRecord record = manager.start(spec);
            manager.awaitReady(spec);
            long child = Long.parseLong(Files.readString(home.resolve("child.pid")).trim());
            assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive)).contains(true);

            StopResult stopped = manager.stop(spec, Duration.ofMillis(300));
            assertThat(stopped.stopped()).as(stopped.detail()).isTrue();
            assertThat(stopped.forced()).isTrue();
            assertThat(stopped.detail()).contains("SIGKILL").contains("2 process(es)");
            assertThat(ProcessHandle.of(record.pid()).filter(org.autoheal.exec.ProcessTree::isRunning)).isEmpty();
            assertThat(ProcessHandle.of(child).filter(org.autoheal.exec.ProcessTree::isRunning)).isEmpty();
        } finally {
            cleanup(manager, spec);
        }
    }

    @Test
    void restart_runsTheConfiguredRestartCommand_thenWaitsForTheProbe() throws Exception {
        Files.writeString(home.resolve("restart.py"), "open('restarted.marker', 'w').write('ok')\n");
        ProbeSpec markerProbe = ProbeSpec.command(List.of("python3", "-c",
                "import os, sys; sys.exit(0 if os.path.exists('restarted.marker') else 1)"));
        Service spec = new Service("external", null, List.of("python3", "restart.py"), null, home, Map.of(),
                markerProbe, Duration.ofSeconds(5));
        ServiceManager manager = new ServiceManager(home);
        assertThat(manager.status(spec).up()).isFalse();

        RestartResult result = manager.restart(spec);
        assertThat(result.ready()).as(result.detail()).isTrue();
        assertThat(result.action()).isEqualTo("restart-command");
        assertThat(result.command()).containsExactly("python3", "restart.py");
        assertThat(home.resolve("restarted.marker")).hasContent("ok");
        assertThat(manager.pidFile("external")).doesNotExist();

        Service broken = new Service("external", null, List.of("python3", "-c", "raise SystemExit('unit not found')"),
                null, home, Map.of(), markerProbe, Duration.ofSeconds(5));
        RestartResult failed = manager.restart(broken);
        assertThat(failed.ready()).isFalse();
        assertThat(failed.detail()).contains("exited 1").contains("unit not found");
    }

    @Test
    void stop_runsTheConfiguredStopCommand() throws Exception {
        Service spec = new Service("external", null, null,
                List.of("python3", "-c", "open('stopped.marker', 'w').write('ok')"), home, Map.of(),
                ProbeSpec.tcp("127.0.0.1", freePort()), null);
        StopResult result = new ServiceManager(home).stop(spec);
        assertThat(result.action()).isEqualTo("stop-command");
        assertThat(result.stopped()).as(result.detail()).isTrue();
        assertThat(home.resolve("stopped.marker")).exists();
    }

    @Test
    void clearErrors_forBadNamesMissingProgramsAndNothingToRun() {
        ProbeSpec probe = ProbeSpec.tcp("127.0.0.1", 1);
        for (String bad : List.of("../etc", ".hidden", "a/b", "", "x".repeat(65), "sp ace")) {
            assertThatThrownBy(() -> Service.managed(bad, List.of("true"), home, probe))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid service name");
        }
        assertThat(Service.managed("ok_name-1.2", List.of("true"), home, probe).readyTimeout())
                .isEqualTo(Duration.ofSeconds(20));
        ServiceManager manager = new ServiceManager(home);
        assertThatThrownBy(() -> manager.start(Service.managed("ghost", List.of("no-such-program-autoheal"), home, probe)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("'no-such-program-autoheal' not found on PATH");
        assertThatThrownBy(() -> manager.restart(new Service("bare", null, null, null, home, null, probe, null)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("neither a restart nor a start command");
        assertThatThrownBy(() -> manager.start(Service.managed("lost", List.of("python3"), home.resolve("nope"), probe)))
                .isInstanceOf(ServiceException.class).hasMessageContaining("is not a directory");
    }

    private static void cleanup(ServiceManager manager, Service spec) {
        try {
            manager.stop(spec, Duration.ofSeconds(1));
        } catch (RuntimeException ignored) {
            // the test's own assertion is the interesting failure
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
