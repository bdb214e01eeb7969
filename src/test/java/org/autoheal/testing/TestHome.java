package org.autoheal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.autoheal.json.Json;

/**
 * An AutoHeal home in a temp folder: files and scripts, config checked as JSON before it is
 * written, ready-made cases ({@link #permissionCase()}, {@link #competingCase()}), the CLI in this
 * JVM ({@link #autoheal}) or as a child JVM that exits ({@link #autohealJvm}), snapshots, ports and
 * the processes a test started. Builder methods return the home. For hostile tests: a toolchain
 * whose error text the test chooses ({@link #errorToolchain}), snapshots with modes and links of
 * the home and a folder beyond it ({@link #snapshotWith}), a folder swapped for a link.
 */
public final class TestHome {
    public static final String COMPETING_RULES = CompetingFixture.RULES;

    private final Path root;

    public TestHome(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** {@code autoheal --home ROOT args…} in this JVM, output captured. */
    public Cli.Output autoheal(String... args) {
        return Cli.run(root, args);
    }

    /** {@code autoheal --home ROOT args…} as a child JVM that must exit ({@link Cli#runJvm}). */
    public Cli.Output autohealJvm(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--home", root.toString()));
        all.addAll(List.of(args));
        return Cli.runJvm(Map.of(), all.toArray(String[]::new));
    }

    public Path write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** An executable file (rwxr-xr-x). */
    public Path script(String rel, String text) throws IOException {
        Path p = write(rel, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    /** config/toolchains.json; a typo in a test's config fails here, not as exit 2. */
    public TestHome toolchains(String json) throws IOException {
        Json.MAPPER.readTree(json);
        write("config/toolchains.json", json);
        return this;
    }

    /** Adds (or replaces) toolchain {@code name} in config/toolchains.json; {@code workdir} null means the home. */
    public TestHome tool(String name, String workdir, String... command) throws IOException {
        Path file = root.resolve("config/toolchains.json");
        ObjectNode config = Files.exists(file) ? (ObjectNode) Json.MAPPER.readTree(file.toFile()) : Json.object();
        ObjectNode t = config.withObjectProperty("toolchains").putObject(name);
        var argv = t.putArray("command");
        for (String c : command) argv.add(c);
        if (workdir != null) t.put("workdir", workdir);
        t.put("timeout", "30s");
        write("config/toolchains.json", Json.MAPPER.writeValueAsString(config));
        return this;
    }

    /** The toolchain {@code t} whose stderr the test writes (see {@link ErrorToolchain}). */
    public ErrorToolchain errorToolchain() throws IOException {
        return ErrorToolchain.write(this);
    }

    /** config/autoheal.json, checked like {@link #toolchains}. */
    public TestHome settings(String json) throws IOException {
        Json.MAPPER.readTree(json);
        write("config/autoheal.json", json);
        return this;
    }

    /** Some of the bundled rules (all of them compile 4x slower, and most tests need only a few). */
    public TestHome withDefaultRules(String... names) throws IOException {
        var bundled = org.autoheal.engine.RuleSources.bundled();
        for (String n : names) write("rules/" + n, bundled.get("rules/" + n));
        return this;
    }

    /** A site rule diagnosing {@code cause} when the error text contains {@code marker}. */
    public static String markerRule(String name, int salience, String cause, String marker) {
        return """
                package org.autoheal.rules.site;
                dialect "mvel"
                import org.autoheal.facts.*;

                rule "%s"
                    salience %d
                when
                    $e : ToolchainError( raw matches "(?s).*%s.*" )
                then
                    insert( Diagnosis.of("%s", $e) );
                end
                """.formatted(name, salience, marker, cause);
    }

    public String read(String rel) throws IOException {
        return Files.readString(root.resolve(rel));
    }

    /** A script without the execute bit: {@code repair} diagnoses permission and heals it with fix_permissions. */
    public TestHome permissionCase() throws IOException {
        write("tools/run.sh", "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(root.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        return toolchains("{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
    }

    /** Toolchain {@code build} runs {@code rel}, a script without the execute bit: fix_permissions heals it. */
    public TestHome permissionCase(String rel) throws IOException {
        write(rel, "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(root.resolve(rel), PosixFilePermissions.fromString("rw-r-----"));
        return tool("build", null, "./" + rel);
    }

    /** Toolchain {@code json} loads {@code proj/<rel>}, which is broken JSON: repair_json heals it. */
    public TestHome jsonCase(String rel) throws IOException {
        write("proj/" + rel, "{'a': 1,}\n");
        write("proj/load.py", "import json\nprint('settings:', json.load(open('" + rel + "')))\n");
        return tool("json", "proj", "python3", "load.py");
    }

    /** Two command strategies compete for one diagnosis; the first-ranked one writes junk and fails verification. */
    public TestHome competingCase() throws IOException {
        write("tools/check.py", "import sys\nd = open('config/data.txt').read()\nif d != 'good':\n"
                + "    print('BROKEN data')\n    sys.exit(1)\nprint('ok')\n");
        write("tools/put.py", "import sys\nopen(sys.argv[1], 'w').write(sys.argv[2])\n");
        settings("{\"strategies\": {"
                + "\"write_junk\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"junk\"], \"touches\": [\"{path}\"]},"
                + "\"write_good\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"good\"], \"touches\": [\"{path}\"]},"
                + "\"write_other\": {\"command\": [\"python3\", \"tools/put.py\", \"{path}\", \"other\"], \"touches\": [\"{path}\"]}}}");
        write("rules/data.drl", COMPETING_RULES);
        toolchains("{\"toolchains\": {\"data\": {\"command\": [\"python3\", \"tools/check.py\"]}}}");
        breakData();
        return this;
    }

    /** Puts the competing case's data back to its broken state. */
    public void breakData() throws IOException {
        write("config/data.txt", "original\n");
    }

    /** Runs {@code repair --yes --json} and returns the one incident it produced. */
    public JsonNode repairOne() {
        Cli.Output r = autoheal("repair", "--yes", "--json");
        JsonNode incidents = r.json().get("incidents");
        if (incidents.size() != 1) throw new AssertionError("expected one incident, got: " + r.out() + r.err());
        return incidents.get(0);
    }

    /** {@code repair --yes --json}. */
    public Cli.Output repair() {
        return autoheal("repair", "--yes", "--json");
    }

    /** Runs {@code repair} for one toolchain, which must heal; returns the incident id. */
    public String heal(String tool) throws IOException {
        Cli.Output r = autoheal("repair", "--yes", "--json", "--tool", tool);
        if (r.exit() != 0) throw new AssertionError("repair of " + tool + " did not exit 0: " + r.all());
        JsonNode incident = r.incident(0);
        if (!incident.get("outcome").asText().equals("healed")) throw new AssertionError("not healed: " + r.all());
        return incident.get("id").asText();
    }

    /** The backup manifest of an incident. */
    public Path manifest(String id) {
        return root.resolve("backups/autoheal/" + id + "/manifest.json");
    }

    /** Relative path → sha256 of every file, except what AutoHeal may write (logs/, backups/, state/). */
    public Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString();
                if (rel.startsWith("logs/") || rel.startsWith("backups/") || rel.startsWith("state/")) continue;
                out.put(rel, sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /**
     * Content, mode and links of this home (but AutoHeal's logs/, backups/, state/ and {@code skipped})
     * and of {@code beyond}, a folder outside it: what a hostile run must leave as it was.
     */
    public TreeSnapshot snapshotWith(Path beyond, Path... skipped) {
        List<Path> mayChange = new ArrayList<>(List.of(root.resolve("logs"), root.resolve("backups"), root.resolve("state")));
        mayChange.addAll(List.of(skipped));
        return TreeSnapshot.of(List.of(beyond, root), mayChange);
    }

    /** Copies the whole home like {@code cp -a} (links as links, modes kept) to {@code to}. */
    public TestHome copyTo(Path to) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(q);
                    Files.setPosixFilePermissions(q, Files.getPosixFilePermissions(p));
                } else {
                    Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        return new TestHome(to);
    }

    /** Replaces the folder {@code rel} by a symbolic link to {@code target}, keeping the folder aside as {@code rel.moved}. */
    public void swapForLink(String rel, Path target) {
        Path swapped = root.resolve(rel);
        try {
            Files.move(swapped, swapped.resolveSibling(swapped.getFileName() + ".moved"), StandardCopyOption.ATOMIC_MOVE);
            Files.createSymbolicLink(swapped, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A resource of the demo (ws_server.py, ws_client.py) copied into the home. */
    public void demoResource(String name, String rel) throws IOException {
        try (var in = TestHome.class.getResourceAsStream("/autoheal/demo/" + name)) {
            if (in == null) throw new IllegalStateException("autoheal/demo/" + name + " missing from the classpath");
            Path target = root.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    /** The check of {@code kind} on {@code subject} in a {@code health --json} report. */
    public static JsonNode healthCheck(JsonNode report, String kind, String subject) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("kind").asText().equals(kind) && c.get("subject").asText().equals(subject)) return c;
        }
        throw new AssertionError("no " + kind + " check of " + subject + " in " + report);
    }

    /** 1-based line of {@code rule "NAME"} in a DRL text: what file:line must point at. */
    public static int lineOf(String drl, String rule) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].strip().startsWith("rule \"" + rule + "\"")) return i + 1;
        throw new AssertionError("no rule " + rule);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Whether something accepts connections on 127.0.0.1:port. */
    public static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Live processes whose argv contains {@code marker}: finds what a test started, however it was detached. */
    public static List<ProcessHandle> withArgument(String marker) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
                .filter(TestHome::notZombie)
                .toList();
    }

    public static boolean notZombie(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            return close < 0 || stat.charAt(close + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return h.isAlive();
        }
    }

    public static void killAll(String marker) {
        withArgument(marker).forEach(ProcessHandle::destroyForcibly);
    }
}
