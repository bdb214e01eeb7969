package org.autoheal.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.exec.RunSpec;
import org.autoheal.json.Json;
import org.autoheal.strategy.npm.TarballBuilder;
import org.autoheal.strategy.pip.WheelBuilder;

/**
 * Builds a sandbox home with one broken toolchain per strategy: real Python scripts, a venv
 * with an offline wheelhouse, an HTTP service and a WebSocket service on free loopback ports,
 * and a Node UI whose declared package comes from a local tarball (offline npm).
 */
public final class DemoHome {
    private final Path home;
    private final Consumer<String> say;
    private final ObjectNode toolchains = Json.object();
    private final ObjectNode services = Json.object();
    private final List<String> skipped = new ArrayList<>();

    public DemoHome(Path home, Consumer<String> say) {
        this.home = home;
        this.say = say;
    }

    public List<String> skipped() {
        return skipped;
    }

    public void build() throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("tools"));
        boolean python = new ProcessRunner().run(RunSpec.of(home, "python3", "--version")).ok();
        script("tools/run.sh", "#!/bin/sh\necho 'deploy: ok'\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        toolchain("permissions", List.of("./tools/run.sh"));
        if (python) {
            pythonScenarios();
        } else {
            skipped.add("python3 is not installed: the Python scenarios are skipped");
        }
        boolean node = new ProcessRunner().run(RunSpec.of(home, "node", "--version")).ok()
                && new ProcessRunner().run(RunSpec.of(home, "npm", "--version")).ok();
        if (node) {
            nodeScenario();
        } else {
            skipped.add("node or npm is not installed: the Node scenario is skipped");
        }
        ObjectNode root = Json.object();
        root.set("toolchains", toolchains);
        root.set("services", services);
        Files.writeString(home.resolve("config/toolchains.json"), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private void pythonScenarios() throws IOException {
        script("config/settings.json", "{\n  // written by hand\n  'name': 'demo',\n  \"debug\": True,\n  \"retries\": 3,\n}\n");
        script("tools/load_settings.py", "import json\nprint('settings:', json.load(open('config/settings.json')))\n");
        toolchain("json_config", List.of("python3", "tools/load_settings.py"));

        script("tools/greet.py", "def greet(name)\n    return 'hello, ' + name\n\nprint(greet('demo'))\n");
        toolchain("syntax", List.of("python3", "tools/greet.py"));

        script("tools/export.py", "with open('out/report.csv', 'w') as f:\n    f.write('a,b\\n1,2\\n')\nprint('exported')\n");
        toolchain("export", List.of("python3", "tools/export.py"));

        script("tools/inventory.py", "from collections import Mapping\nprint('mapping ok:', Mapping.__name__)\n");
        toolchain("imports", List.of("python3", "tools/inventory.py"));

        venvScenario();

        int http = freePort();
        script("tools/fetch.py", "import urllib.request\nprint(urllib.request.urlopen('http://127.0.0.1:" + http
                + "/', timeout=3).status)\n");
        service("web", List.of("python3", "-m", "http.server", String.valueOf(http), "--bind", "127.0.0.1"),
                Json.object().put("type", "http").put("url", "http://127.0.0.1:" + http + "/"));
        toolchain("web_client", List.of("python3", "tools/fetch.py")).putArray("depends_on").add("web");

        int ws = freePort();
        copyResource("ws_server.py", "tools/ws_server.py");
        copyResource("ws_client.py", "tools/ws_client.py");
        service("events", List.of("python3", "tools/ws_server.py", "--port", String.valueOf(ws), "--path", "/events"),
                Json.object().put("type", "websocket").put("url", "ws://127.0.0.1:" + ws + "/events"));
        toolchain("ws_client", List.of("python3", "tools/ws_client.py", "ws://127.0.0.1:" + ws + "/events"))
                .putArray("depends_on").add("events");
    }

    private void venvScenario() throws IOException {
        say.accept("demo: creating a venv and an offline wheelhouse (a few seconds)");
        var r = new ProcessRunner().run(RunSpec.of(home, "python3", "-m", "venv", "venv").withTimeout(Duration.ofMinutes(2)));
        if (!r.ok()) {
            skipped.add("python3 -m venv failed, install_module is skipped: " + r.describe());
            return;
        }
        Path wheels = Files.createDirectories(home.resolve("wheelhouse"));
        new WheelBuilder().build(wheels, "PyYAML", "6.0.99", "yaml", "def safe_load(text):\n    return {'demo': True}\n");
        script("tools/report.py", "import yaml\nprint('report:', yaml.safe_load('x: 1'))\n");
        ObjectNode t = toolchain("report", List.of("venv/bin/python", "tools/report.py"));
        ArrayNode pip = t.putArray("pip");
        pip.add("--no-index").add("--find-links").add("wheelhouse");
    }

    /** A Node UI whose node_modules was never installed; package.json declares a tarball that npm pack makes now. */
    private void nodeScenario() throws IOException {
        say.accept("demo: packing a local npm package (npm pack, offline)");
        new TarballBuilder().build(home.resolve("vendor/src"), home.resolve("vendor"), "left-pad-lite", "1.0.0",
                "module.exports = (s, n) => String(s).padStart(n, '.');\n");
        script("ui/package.json", "{\n  \"name\": \"demo-ui\",\n  \"version\": \"1.0.0\",\n  \"private\": true,\n"
                + "  \"dependencies\": {\"left-pad-lite\": \"file:../vendor/left-pad-lite-1.0.0.tgz\"}\n}\n");
        script("ui/main.js", "const pad = require('left-pad-lite');\nconsole.log('ui: ' + pad('ok', 6));\n");
        ObjectNode env = toolchain("node_ui", List.of("node", "ui/main.js")).putObject("env");
        env.put("npm_config_offline", "true").put("npm_config_cache", home.resolve("vendor/npm-cache").toString());
    }

    private ObjectNode toolchain(String name, List<String> command) {
        ObjectNode t = toolchains.putObject(name);
        ArrayNode c = t.putArray("command");
        command.forEach(c::add);
        t.put("timeout", "30s");
        return t;
    }

    private void service(String name, List<String> start, ObjectNode probe) {
        ObjectNode s = services.putObject(name);
        ArrayNode c = s.putArray("start");
        start.forEach(c::add);
        s.set("probe", probe);
        s.put("ready_timeout", "15s");
    }

    private void script(String rel, String text) throws IOException {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void copyResource(String name, String rel) throws IOException {
        try (InputStream in = DemoHome.class.getResourceAsStream("/autoheal/demo/" + name)) {
            if (in == null) throw new IOException("demo resource missing: " + name);
            Files.copy(in, home.resolve(rel));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
