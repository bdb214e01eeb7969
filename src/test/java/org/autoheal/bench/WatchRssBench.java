package org.autoheal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.autoheal.testing.Cli;
import org.autoheal.testing.Wait;

/**
 * Memory of a real {@code watch --listen} daemon over many incidents: starts it on a temp home,
 * sends N error reports (8 clients) through the intake, and prints the daemon's RSS and its heap
 * after a GC (jcmd) before, halfway and at the end. Flat numbers mean no facts or incidents pile up.
 *
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.WatchRssBench 10000
 */
public final class WatchRssBench {
    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path home = Files.createTempDirectory("watch-rss");
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"true\"]}}}");
        Path out = home.resolve("watch.out");
        // the JVM options bin/autoheal gives a watch (SerialGC, C2, 512m heap by default)
        Process watch = Cli.startJvm(List.of(System.getProperty("watch.jvm", "-XX:+UseSerialGC -Xss4m -Xmx512m").split(" ")), out,
                "--home", home.toString(), "watch", "--interval", "2s", "--listen", "127.0.0.1:0");
        try {
            String base = awaitUrl(out);
            String token = Files.readString(home.resolve("state/intake.token")).strip();
            HttpClient http = HttpClient.newHttpClient();
            send(http, base, token, 200); // warm up
            System.out.printf("%8s %10s %14s %19s%n", "reports", "rss MiB", "heap used MiB", "heap committed MiB");
            print(0, watch.pid());
            for (int sent = 0; sent < total; ) {
                int batch = Math.min(total / 2, total - sent);
                send(http, base, token, batch);
                sent += batch;
                print(sent, watch.pid());
            }
        } finally {
            watch.destroy();
            watch.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void send(HttpClient http, String base, String token, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int share = n / 8 + (c < n % 8 ? 1 : 0);
            done.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    var r = http.send(HttpRequest.newBuilder(URI.create(base + "errors")).header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"tool\":\"build\",\"text\":\"Traceback (most recent call last):\\n"
                                    + "  File \\\"b.py\\\", line 1, in <module>\\nModuleNotFoundError: No module named 'm" + i % 97 + "'\\n\"}"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode());
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
    }

    private static void print(int sent, long pid) throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        Process heap = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String info = new String(heap.getInputStream().readAllBytes());
        heap.waitFor();
        long usedK = 0;
        long committedK = 0;
        for (String line : info.split("\n")) {
            int at = line.indexOf(" used ");
            int total = line.indexOf(" total ");
            if (total > 0 && at > 0) {
                usedK += Long.parseLong(line.substring(at + 6).trim().split("K")[0]);
                // the heap's committed size: what RSS holds of the heap (a GC may keep regions it emptied)
                if (!line.contains("Metaspace") && !line.contains("class space")) committedK += Long.parseLong(line.substring(total + 7).trim().split("K")[0]);
            }
        }
        if (Boolean.getBoolean("watch.nmt")) { // with -Dwatch.jvm="... -XX:NativeMemoryTracking=summary": where the RSS goes
            Process nmt = new ProcessBuilder("jcmd", Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            for (String line : new String(nmt.getInputStream().readAllBytes()).split("\n")) {
                if (line.startsWith("-") || line.startsWith("Total")) System.out.println("  " + line.strip());
            }
            nmt.waitFor();
        }
        long rssK = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) rssK = Long.parseLong(line.substring(6).trim().split(" ")[0]);
        }
        System.out.printf("%8d %10.1f %14.1f %19.1f%n", sent, rssK / 1024.0, usedK / 1024.0, committedK / 1024.0);
    }

    private static String awaitUrl(Path out) throws Exception {
        AtomicReference<String> url = new AtomicReference<>();
        Wait.until(() -> {
            String text;
            try {
                text = Files.exists(out) ? Files.readString(out) : "";
            } catch (IOException e) {
                return false;
            }
            int at = text.indexOf("intake on ");
            if (at >= 0 && text.indexOf("/v1/", at) > 0) url.set(text.substring(at + 10, text.indexOf("/v1/", at) + 4));
            return url.get() != null;
        }, Duration.ofSeconds(60));
        if (url.get() != null) return url.get();
        throw new IllegalStateException("the watch daemon printed no intake address: " + Files.readString(out));
    }
}
