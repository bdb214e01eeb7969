package org.autoheal.crash;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.autoheal.backup.FaultPoints;
import org.autoheal.cli.Main;

/**
 * Starts {@code autoheal} as a separate JVM, the way an operator would, so tests can run two
 * at once and kill one with SIGKILL. Starts are made cheap for the hundred-kill test: C1 only,
 * serial GC, and an application class-data archive trained once per test JVM (the classes go
 * into a jar first: CDS does not archive classes from folders).
 */
final class ChildJvm {
    private static ChildJvm instance;
    private final List<String> base;

    private ChildJvm(List<String> base) {
        this.base = base;
    }

    static synchronized ChildJvm get() throws Exception {
        if (instance == null) instance = prepare();
        return instance;
    }

    /** A running autoheal; stderr is watched for the fault-point marker. */
    static final class Running {
        final Process process;
        private final StringBuilder err = new StringBuilder();
        private final CountDownLatch marker = new CountDownLatch(1);
        private volatile String reached;
        private final Thread pump;

        Running(Process process) {
            this.process = process;
            pump = new Thread(this::pump, "stderr-" + process.pid());
            pump.setDaemon(true);
            pump.start();
        }

        private void pump() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (err) {
                        if (err.length() < 200_000) err.append(line).append('\n');
                    }
                    if (line.startsWith(FaultPoints.MARKER)) {
                        reached = line.substring(FaultPoints.MARKER.length());
                        marker.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            } finally {
                marker.countDown();
            }
        }

        /** True when the fault point was reached (the process then waits there, or goes on in mark mode). */
        boolean awaitMarker(Duration timeout) throws InterruptedException {
            marker.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return reached != null;
        }

        long pid() {
            return process.pid();
        }

        /** SIGKILL for the JVM and everything it started (pip, a toolchain run, a service). */
        void killTree() throws InterruptedException {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            children.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle c : children) c.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(x -> c).join();
        }

        /** SIGKILL to AutoHeal alone, as the OOM killer would do; returns its children, left running. */
        List<ProcessHandle> killJvmOnly() throws InterruptedException {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            return children;
        }

        int waitFor() throws InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("autoheal did not finish within 180 s:\n" + err());
            }
            try {
                pump.join(5_000); // the pump reads the last lines until stderr closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return process.exitValue();
        }

        String err() {
            synchronized (err) {
                return err.toString();
            }
        }
    }

    Running start(Path home, String faultPoint, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(base);
        if (faultPoint != null) cmd.add(1, "-D" + FaultPoints.PROPERTY + "=" + faultPoint);
        cmd.add("--home");
        cmd.add(home.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("AUTOHEAL_HOME");
        return new Running(pb.start());
    }

    private static ChildJvm prepare() throws Exception {
        Path dir = Files.createTempDirectory("autoheal-childjvm-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        List<String> cp = new ArrayList<>();
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        cp.add((Files.isDirectory(classes) ? jar(classes, dir.resolve("autoheal.jar")) : classes).toString());
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar") && !e.contains("surefire") && !e.contains("junit") && !e.contains("jqwik")
                    && !e.contains("assertj") && !e.contains("opentest4j")) cp.add(e);
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> opts = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
        String classpath = String.join(File.pathSeparator, cp);
        Path jsa = dir.resolve("autoheal.jsa");
        train(javaBin, opts, classpath, jsa, dir);
        List<String> base = new ArrayList<>();
        base.add(javaBin.toString());
        base.addAll(opts);
        if (Files.isRegularFile(jsa)) base.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        base.addAll(List.of("-cp", classpath, Main.class.getName()));
        return new ChildJvm(base);
    }

    /** One repair of a chmod scenario loads most classes a heal needs; without an archive the starts are just slower. */
    private static void train(Path javaBin, List<String> opts, String classpath, Path jsa, Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("train"));
        Files.createDirectories(home.resolve("tools"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("tools/run.sh"), "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"t\": {\"command\": [\"./tools/run.sh\"]}}}");
        List<String> cmd = new ArrayList<>(List.of(javaBin.toString()));
        cmd.addAll(opts);
        // JDK 17's dynamic archive dump can crash at exit: its log goes beside the archive, not into the checkout
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + jsa, "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"), "-cp", classpath, Main.class.getName(), "--home", home.toString(),
                "repair", "--yes"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) p.destroyForcibly();
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(f); // folder entries too: the bundled rules are found as a folder
                j.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) Files.copy(f, j);
                j.closeEntry();
            }
        }
        return jar;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // temp folder; best effort
        }
    }

    static Duration marker() {
        return Duration.ofSeconds(120);
    }

}
