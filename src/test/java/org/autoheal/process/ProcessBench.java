package org.autoheal.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoheal.config.Service;
import org.autoheal.config.ProbeSpec;
import org.autoheal.service.ServiceManager;
import org.autoheal.strategy.pip.WheelBuilder;
import org.autoheal.testing.Cli;
import org.autoheal.testing.TestHome;

/**
 * Wall times of the process strategies through {@code repair --yes --json} (in this JVM, after a
 * warm-up): the attempt's time (plan + apply + verification run) and, for restarts, the time
 * until the service's probe answered. Also restart-decision-to-ready measured around
 * {@link ServiceManager#restart} itself. Not a unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.process.ProcessBench [runs]}
 */
public final class ProcessBench {
    private static final Pattern ANSWERED = Pattern.compile("probe answered after (\\d+) ms");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path base = Files.createTempDirectory("autoheal-bench");
        System.out.printf("%-34s %6s %8s %8s %8s%n", "measure (ms)", "runs", "median", "min", "max");
        restartDecisionToReady(base.resolve("direct"), runs);
        managedRestart(base.resolve("restart"), runs);
        reconnect(base.resolve("ws"), runs);
        fixImport(base.resolve("import"), runs);
        installModule(base.resolve("pip"), runs);
    }

    private static void restartDecisionToReady(Path dir, int runs) throws Exception {
        Files.createDirectories(dir);
        int port = TestHome.freePort();
        Service spec = Service.managed("web", List.of("python3", "-m", "http.server", "" + port, "--bind", "127.0.0.1"),
                Path.of("."), ProbeSpec.http("http://127.0.0.1:" + port + "/"));
        ServiceManager manager = new ServiceManager(dir);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            var r = manager.restart(spec);
            if (!r.ready()) throw new IllegalStateException(r.detail());
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        manager.stop(spec);
        print("restart decision -> probe ready", ms);
    }

    private static void managedRestart(Path dir, int runs) throws Exception {
        TestHome home = new TestHome(dir);
        int port = TestHome.freePort();
        home.write("tools/fetch.py", Scripts.httpClient(port));
        home.toolchains("""
                {"toolchains": {"fetch": {"command": ["python3", "tools/fetch.py"], "depends_on": ["web"]}},
                 "services": {"web": {"start": ["python3", "-m", "http.server", "%d", "--bind", "127.0.0.1"],
                                      "probe": {"type": "http", "url": "http://127.0.0.1:%d/"}}}}
                """.formatted(port, port));
        Service spec = Service.managed("web", List.of("python3", "-m", "http.server", "" + port, "--bind", "127.0.0.1"),
                Path.of("."), ProbeSpec.http("http://127.0.0.1:" + port + "/"));
        measure(home, "restart_service", runs, () -> new ServiceManager(dir).stop(spec));
        new ServiceManager(dir).stop(spec);
    }

    private static void reconnect(Path dir, int runs) throws Exception {
        TestHome home = new TestHome(dir);
        int port = TestHome.freePort();
        String url = "ws://127.0.0.1:" + port + "/events";
        home.demoResource("ws_server.py", "tools/ws_server.py");
        home.demoResource("ws_client.py", "tools/ws_client.py");
        home.toolchains("""
                {"toolchains": {"client": {"command": ["python3", "tools/ws_client.py", "%s"], "depends_on": ["events"]}},
                 "services": {"events": {"start": ["python3", "tools/ws_server.py", "--port", "%d", "--path", "/events"],
                                         "probe": {"type": "websocket", "url": "%s"}}}}
                """.formatted(url, port, url));
        Service spec = Service.managed("events", List.of("python3", "tools/ws_server.py", "--port", "" + port,
                "--path", "/events"), Path.of("."), ProbeSpec.websocket(url));
        measure(home, "reconnect_websocket", runs, () -> new ServiceManager(dir).stop(spec));
        new ServiceManager(dir).stop(spec);
    }

    private static void fixImport(Path dir, int runs) throws Exception {
        TestHome home = new TestHome(dir);
        home.toolchains("{\"toolchains\": {\"inv\": {\"command\": [\"python3\", \"tools/inventory.py\"]}}}");
        measure(home, "fix_import", runs, () -> home.write("tools/inventory.py",
                "from collections import Mapping\nprint(Mapping.__name__)\n"));
    }

    private static void installModule(Path dir, int runs) throws Exception {
        TestHome home = new TestHome(Files.createDirectories(dir));
        long v0 = System.nanoTime();
        exec(dir, "python3", "-m", "venv", dir.resolve("venv").toString());
        System.out.printf("%-34s %6d %8d%n", "python3 -m venv (once)", 1, (System.nanoTime() - v0) / 1_000_000);
        new WheelBuilder().build(dir.resolve("wheelhouse"), "PyYAML", "6.0.99", "yaml", "def safe_load(t):\n    return {}\n");
        home.write("tools/report.py", "import yaml\nprint(yaml.safe_load('x: 1'))\n");
        home.toolchains("""
                {"toolchains": {"report": {"command": ["venv/bin/python", "tools/report.py"],
                                           "pip": ["--no-index", "--find-links", "wheelhouse"]}}}
                """);
        measure(home, "install_module", runs, () -> exec(dir, dir.resolve("venv/bin/python").toString(), "-m", "pip",
                "uninstall", "-y", "-q", "PyYAML"));
    }

    interface Breaker {
        void breakIt() throws Exception;
    }

    /** One warm-up, then {@code runs} repairs; each run breaks the toolchain first. */
    private static void measure(TestHome home, String strategy, int runs, Breaker breaker) throws Exception {
        List<Long> attempt = new ArrayList<>();
        List<Long> answered = new ArrayList<>();
        List<Long> repair = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            breaker.breakIt();
            Cli.Output r = home.autoheal("repair", "--yes", "--json");
            if (r.exit() != 0) throw new IllegalStateException(strategy + " did not heal:\n" + r.all());
            JsonNode a = r.firstAttempt();
            if (!a.get("strategy").asText().equals(strategy)) throw new IllegalStateException("expected " + strategy + ": " + a);
            if (i == 0) continue; // warm-up
            attempt.add(a.get("millis").asLong());
            repair.add(r.millis());
            Matcher m = ANSWERED.matcher(a.path("detail").asText());
            if (m.find()) answered.add(Long.parseLong(m.group(1)));
        }
        print(strategy + ": attempt", attempt);
        if (!answered.isEmpty()) print(strategy + ": start -> probe answered", answered);
        print(strategy + ": whole repair command", repair);
    }

    private static void exec(Path dir, String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("failed: " + List.of(argv));
    }

    private static void print(String what, List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.printf("%-34s %6d %8d %8d %8d%n", what, s.size(), s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
    }

    private ProcessBench() {
    }
}
