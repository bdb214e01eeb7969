package org.autoheal.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.autoheal.explain.Json;

/**
 * A temp home for end-to-end tests of the process strategies: files, the CLI in this JVM or as
 * a real child JVM (so "outlives AutoHeal" means outlives a process that has exited), ports.
 */
final class TestHome {
    final Path root;

    TestHome(Path root) {
        this.root = root;
    }

    record Run(int exit, String out, String err, long millis) {
        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(out);
        }

        JsonNode incident(int i) throws IOException {
            return json().get("incidents").get(i);
        }

        JsonNode firstAttempt() throws IOException {
            return incident(0).get("attempts").get(0);
        }

        String all() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** The CLI in this JVM, output captured. */
    Run autoheal(String... args) {
        long t0 = System.nanoTime();
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(root, args);
        return new Run(o.exit(), o.out(), o.err(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@code java -cp <test classpath> org.autoheal.cli.Main --home H args…} as a child process that exits. */
    Run autohealJvm(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.autoheal.cli.Main", "--home", root.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("autoheal-out", ".txt");
        Path err = Files.createTempFile("autoheal-err", ".txt");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("autoheal child JVM did not exit within 3 minutes: " + cmd);
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    Path write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    Path script(String rel, String text) throws IOException {
        Path p = write(rel, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    void toolchains(String json) throws IOException {
        Json.MAPPER.readTree(json); // a typo in a test's config should fail here, not as exit 2
        write("config/toolchains.json", json);
    }

    void settings(String json) throws IOException {
        Json.MAPPER.readTree(json);
        write("config/autoheal.json", json);
    }

    String read(String rel) throws IOException {
        return Files.readString(root.resolve(rel));
    }

    /** Relative path → sha256 of every file, except what AutoHeal may write (logs/, backups/, state/). */
    Map<String, String> snapshot() throws IOException {
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Live processes whose argv contains {@code marker}: finds what a test started, however it was detached. */
    static List<ProcessHandle> withArgument(String marker) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
                .filter(TestHome::notZombie)
                .toList();
    }

    static boolean notZombie(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            return close < 0 || stat.charAt(close + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return h.isAlive();
        }
    }

    static void killAll(String marker) {
        withArgument(marker).forEach(ProcessHandle::destroyForcibly);
    }

    /** A resource of the demo (ws_server.py, ws_client.py) copied into the home. */
    void demoResource(String name, String rel) throws IOException {
        try (var in = TestHome.class.getResourceAsStream("/autoheal/demo/" + name)) {
            if (in == null) throw new IllegalStateException("autoheal/demo/" + name + " missing from the classpath");
            Path target = root.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }
}
