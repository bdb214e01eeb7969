package org.autoheal.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.service.ServiceManager;
import org.autoheal.strategy.builtin.ServiceSpecs;

/**
 * One broken toolchain in its own home, healed by one writing strategy, reused for every kill:
 * {@link #reset()} puts the broken files back. The home also has a toolchain {@code noop}
 * ({@code true}), so {@code repair --tool noop} does nothing but recover.
 */
final class Scenario {
    /** A path as the test sees it: absent, a folder, or a file with its bytes and mode. */
    record State(String kind, byte[] bytes, String mode) {
        static State of(Path p) throws IOException {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return new State("absent", null, null);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return new State("dir", null, null);
            return new State("file", Files.readAllBytes(p), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        }

        boolean same(State o) {
            return kind.equals(o.kind) && java.util.Arrays.equals(bytes, o.bytes) && java.util.Objects.equals(mode, o.mode);
        }

        @Override
        public String toString() {
            return kind + (bytes == null ? "" : " " + mode + " \"" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\n", "\\n") + "\"");
        }
    }

    final String name;
    final Path home;
    final List<String> watched;
    final Map<String, State> broken = new LinkedHashMap<>();
    final Map<String, State> intended = new LinkedHashMap<>();
    /** Extra contents a path may hold while killed (e.g. the junk of an attempt that was about to be rolled back). */
    final List<String> transientTexts = new ArrayList<>();
    final List<String> points = new ArrayList<>();
    boolean service;

    private Scenario(String name, Path home, List<String> watched) {
        this.name = name;
        this.home = home;
        this.watched = watched;
    }

    static List<Scenario> all(Path root) throws IOException {
        List<Scenario> all = new ArrayList<>();
        Scenario s = new Scenario("chmod", root.resolve("chmod"), List.of("tools/run.sh"));
        s.write("tools/run.sh", "#!/bin/sh\necho ok\n").mode("tools/run.sh", "rw-r-----").toolchain("[\"./tools/run.sh\"]", "");
        all.add(s);
        s = new Scenario("json", root.resolve("json"), List.of("config/settings.json"));
        s.write("config/settings.json", "{\n  // by hand\n  'name': 'a // b', \"debug\": True, \"n\": 1.10,\n}\n")
                .write("tools/app.py", "import json\nprint(json.load(open('config/settings.json')))\n")
                .toolchain("[\"python3\", \"tools/app.py\"]", "");
        all.add(s);
        s = new Scenario("syntax", root.resolve("syntax"), List.of("tools/greet.py"));
        s.write("tools/greet.py", "def greet(name)\n    return 'hi ' + name\nprint(greet('x'))\n")
                .toolchain("[\"python3\", \"tools/greet.py\"]", "");
        all.add(s);
        s = new Scenario("import", root.resolve("import"), List.of("tools/inventory.py"));
        s.write("tools/inventory.py", "from collections import Mapping\nprint('ok', Mapping.__name__)\n")
                .toolchain("[\"python3\", \"tools/inventory.py\"]", "");
        all.add(s);
        s = new Scenario("mkdir", root.resolve("mkdir"), List.of("out"));
        s.write("tools/export.py", "open('out/report.csv', 'w').write('a,b')\n").toolchain("[\"python3\", \"tools/export.py\"]", "");
        all.add(s);
        s = new Scenario("template", root.resolve("template"), List.of("config/local.json"));
        s.write("config/local.json.example", "{\"port\": 8080}\n")
                .write("tools/read_local.py", "import json\nprint(json.load(open('config/local.json')))\n")
                .toolchain("[\"python3\", \"tools/read_local.py\"]", "");
        all.add(s);
        all.add(rollbackThenHeal(root.resolve("rollback")));
        all.add(service(root.resolve("service")));
        for (Scenario x : all) x.snapshot(x.broken);
        return all;
    }

    /** The first proposal writes junk (verification fails, it is rolled back), the second heals. */
    private static Scenario rollbackThenHeal(Path home) throws IOException {
        Scenario s = new Scenario("rollback", home, List.of("config/data.txt"));
        s.write("config/data.txt", "original\n").mode("config/data.txt", "rw-r-----")
                .write("tools/check.py", "import sys\nd = open('config/data.txt').read()\nif d != 'good':\n"
                        + "    print('BROKEN data')\n    sys.exit(1)\nprint('ok')\n")
                .write("tools/put.py", "import os, sys\nt = sys.argv[1] + '.put'\nopen(t, 'w').write(sys.argv[2])\nos.replace(t, sys.argv[1])\n")
                .write("config/autoheal.json", org.autoheal.testing.CompetingFixture.STRATEGIES)
                .write("rules/data.drl", org.autoheal.testing.CompetingFixture.RULES)
                .toolchain("[\"python3\", \"tools/check.py\"]", "");
        s.transientTexts.add("junk");
        return s;
    }

    /** The toolchain needs an HTTP service that is down: restart_service starts it (no file is healed). */
    private static Scenario service(Path home) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Scenario s = new Scenario("service", home, List.of());
        s.service = true;
        s.write("tools/fetch.py", "import urllib.request\nprint(urllib.request.urlopen('http://127.0.0.1:" + port
                + "/', timeout=3).status)\n");
        s.toolchain("[\"python3\", \"tools/fetch.py\"], \"depends_on\": [\"web\"]", ", \"services\": {\"web\": {\"start\": "
                + "[\"python3\", \"-m\", \"http.server\", \"" + port + "\", \"--bind\", \"127.0.0.1\"], \"probe\": {\"type\": \"http\", "
                + "\"url\": \"http://127.0.0.1:" + port + "/\"}, \"ready_timeout\": \"20s\"}}");
        return s;
    }

    private Scenario write(String rel, String text) throws IOException {
        Path p = home.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return this;
    }

    private Scenario mode(String rel, String mode) throws IOException {
        Files.setPosixFilePermissions(home.resolve(rel), PosixFilePermissions.fromString(mode));
        return this;
    }

    private void toolchain(String command, String extra) throws IOException {
        write("config/toolchains.json", "{\"toolchains\": {\"" + name + "\": {\"command\": " + command
                + ", \"timeout\": \"30s\"}, \"noop\": {\"command\": [\"true\"]}}" + extra + "}");
    }

    void snapshot(Map<String, State> into) throws IOException {
        for (String w : watched) into.put(w, State.of(home.resolve(w)));
    }

    /** Back to broken: files, no learned outcomes (so every run tries the proposals in the same order), no service. */
    void reset() throws IOException {
        for (var e : broken.entrySet()) {
            Path p = home.resolve(e.getKey());
            State st = e.getValue();
            if (st.kind().equals("absent")) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) ChildJvm.deleteTree(p);
                Files.deleteIfExists(p);
            } else if (st.kind().equals("file")) {
                Files.write(p, st.bytes());
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(st.mode()));
            }
        }
        Files.deleteIfExists(home.resolve("state/learning/outcomes.jsonl"));
        if (service) {
            HomeConfig config = HomeConfig.load(new Home(home));
            ServiceManager services = new ServiceManager(home);
            config.services().values().forEach(x -> services.stop(ServiceSpecs.of(x)));
        }
    }

    /** The states a watched path may have while AutoHeal is dead: broken, healed, or a transient attempt. */
    boolean allowedWhileKilled(String rel, State st) {
        if (st.same(broken.get(rel)) || st.same(intended.get(rel))) return true;
        return st.kind().equals("file") && transientTexts.contains(new String(st.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    boolean allowedAfterRecovery(String rel, State st) {
        return st.same(broken.get(rel)) || st.same(intended.get(rel));
    }

    static final Set<String> RECOVERY_ACTIONS = Set.of("rolled_back", "nothing_changed", "kept_healed", "reported");
}
