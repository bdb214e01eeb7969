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
import org.autoheal.strategy.pip.WheelBuilder;

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
    boolean pip;

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
        all.add(pip(root.resolve("pip")));
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

    /**
     * install_module into a venv from a wheelhouse. pip runs detached, so it is not killed with
     * AutoHeal: the checks are on what it leaves once recovery has waited for it (all or nothing).
     */
    private static Scenario pip(Path home) throws IOException {
        Scenario s = new Scenario("pip", home, List.of());
        s.pip = true;
        Files.createDirectories(home);
        try {
            Process p = new ProcessBuilder("python3", "-m", "venv", "venv").directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("python3 -m venv failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        new WheelBuilder().build(home.resolve("wheelhouse"), "crash-widgets", "1.0", "crash_widgets", PIP_MODULE);
        s.write("tools/app.py", "import crash_widgets\nprint('ok', crash_widgets.NAME)\n")
                .toolchain("[\"venv/bin/python\", \"tools/app.py\"], \"pip\": [\"--no-index\", \"--find-links\", \"wheelhouse\"]", "");
        return s;
    }

    static final String PIP_MODULE = "NAME = 'widgets'\n";

    /** The venv's site-packages folder. */
    private Path sitePackages() throws IOException {
        try (var libs = Files.newDirectoryStream(home.resolve("venv/lib"), "python3*")) {
            for (Path lib : libs) return lib.resolve("site-packages");
        }
        throw new IOException("no venv/lib/python3* in " + home);
    }

    /**
     * What pip left of crash-widgets: "absent" (no file of it), "installed" (RECORD lists every
     * file with a matching sha256 and the module is the wheel's), or "partial: why".
     */
    String pipState() throws Exception {
        Path site = sitePackages();
        Path module = site.resolve("crash_widgets");
        Path info = site.resolve("crash_widgets-1.0.dist-info");
        if (!Files.exists(module) && !Files.exists(info)) return "absent";
        Path record = info.resolve("RECORD");
        if (!Files.isRegularFile(record)) return "partial: no RECORD";
        for (String line : Files.readAllLines(record)) {
            String[] f = line.split(",");
            if (f.length < 2 || f[1].isEmpty()) continue; // RECORD itself, .pyc files written later
            Path file = site.resolve(f[0]).normalize();
            if (!Files.isRegularFile(file)) return "partial: " + f[0] + " missing";
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            String b64 = "sha256=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            if (!b64.equals(f[1])) return "partial: " + f[0] + " differs from RECORD";
        }
        return Files.readString(module.resolve("__init__.py")).equals(PIP_MODULE) ? "installed" : "partial: module differs";
    }

    /** Files the pip check looked at (RECORD entries, or the two paths found absent). */
    int pipFilesChecked() throws IOException {
        Path record = sitePackages().resolve("crash_widgets-1.0.dist-info/RECORD");
        return Files.isRegularFile(record) ? Files.readAllLines(record).size() : 2;
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
        if (pip) {
            Path site = sitePackages();
            ChildJvm.deleteTree(site.resolve("crash_widgets"));
            ChildJvm.deleteTree(site.resolve("crash_widgets-1.0.dist-info"));
            Files.deleteIfExists(home.resolve("state/pip.json"));
        }
        if (service) {
            HomeConfig config = HomeConfig.load(new Home(home));
            ServiceManager services = new ServiceManager(home);
            config.services().values().forEach(x -> services.stop(x));
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

    static final Set<String> RECOVERY_ACTIONS = Set.of("rolled_back", "nothing_changed", "kept_healed", "completed", "reported");
}
