package org.autoheal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.autoheal.strategy.json.JsonRepair;
import org.autoheal.strategy.json.JsonRepairer;

/**
 * repair_json on a 10 MB config with one trailing comma: repair time (in this JVM, after a
 * warm-up), how much of the file changed (bytes, and lines in a real {@code diff}), and the
 * time of the toolchain's re-run (Python's json.load of the repaired file, a real process).
 * Not a unit test. Run:
 * {@code mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 *  java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.autoheal.bench.JsonRepairBench [runs]}
 */
public final class JsonRepairBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String broken = config(10_000_000);
        Path dir = Files.createTempDirectory("autoheal-json-bench");
        Path before = Files.writeString(dir.resolve("before.json"), broken);
        JsonRepairer repairer = new JsonRepairer();
        repairer.repair(broken); // warm-up
        List<Long> millis = new ArrayList<>();
        JsonRepair repair = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            repair = repairer.repair(broken);
            millis.add((System.nanoTime() - t0) / 1_000_000);
        }
        Collections.sort(millis);
        Path after = Files.writeString(dir.resolve("after.json"), repair.json());
        long t0 = System.nanoTime();
        int python = run("python3", "-c", "import json, sys\njson.load(open(sys.argv[1], encoding='utf-8'))", after.toString());
        long pythonMillis = (System.nanoTime() - t0) / 1_000_000;
        List<String> diff = output("diff", before.toString(), after.toString());
        long diffLines = diff.stream().filter(l -> l.startsWith("<") || l.startsWith(">")).count();

        System.out.printf("input                      %d bytes, %d lines%n", Files.size(before), broken.lines().count());
        System.out.printf("repair (ms, %d runs)        median %d, min %d, max %d%n", runs, millis.get(runs / 2), millis.get(0),
                millis.get(runs - 1));
        System.out.printf("edits                      %s%n", repair.fixes());
        System.out.printf("output                     %d bytes (%+d)%n", Files.size(after), Files.size(after) - Files.size(before));
        System.out.printf("diff                       %d changed lines: %s%n", diffLines, diff);
        System.out.printf("python json.load re-run    exit %d, %d ms%n", python, pythonMillis);
        heal(dir.resolve("home"), broken);
    }

    /**
     * The whole pipeline as a user meets it, in this JVM: {@code repair --yes --json} on a toolchain
     * whose Python program fails to load the file (diagnose, plan, back up, edit, re-run the program).
     */
    private static void heal(Path home, String broken) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("tools"));
        Files.writeString(home.resolve("config/big.json"), broken);
        Files.writeString(home.resolve("tools/app.py"), "import json\njson.load(open('config/big.json', encoding='utf-8'))\n");
        Files.writeString(home.resolve("config/toolchains.json"),
                "{\"toolchains\": {\"app\": {\"command\": [\"python3\", \"tools/app.py\"]}}}");
        long t0 = System.nanoTime();
        org.autoheal.testing.Cli.Output o = org.autoheal.testing.Cli.run(home, "repair", "--yes", "--json");
        long total = (System.nanoTime() - t0) / 1_000_000;
        String attempt = o.out().replaceAll("(?s).*?\"millis\":(\\d+).*", "$1");
        List<String> diff = output("diff", home.resolve("config/big.json").toString(), home.resolve("../before.json").toString());
        System.out.printf("repair --yes --json        exit %d, %d ms in all (first run of the tool included), attempt %s ms"
                + " (plan + backup + edit + re-run)%n", o.exit(), total, attempt);
        System.out.printf("healed file vs original    %d diff lines%n", diff.stream().filter(l -> l.startsWith("<")).count());
    }

    /** A pretty-printed config of about {@code bytes} bytes, CRLF-free, with one trailing comma near the end. */
    static String config(int bytes) {
        StringBuilder s = new StringBuilder("{\n  \"services\": [\n");
        int i = 0;
        while (s.length() < bytes - 400) {
            if (i > 0) s.append(",\n");
            s.append("    {\n      \"name\": \"svc-").append(i).append("\",\n")
                    .append("      \"port\": ").append(8000 + i % 1000).append(",\n")
                    .append("      \"ratio\": 1.50,\n")
                    .append("      \"path\": \"C:\\\\data\\\\caf\\u00e9\\/").append(i).append("\",\n")
                    .append("      \"tags\": [\"a\", \"b\", 1e3, true, null]\n    }");
            i++;
        }
        s.append("\n  ],\n  \"version\": 3,\n}\n"); // the one slip
        return s.toString();
    }

    private static int run(String... argv) throws IOException, InterruptedException {
        return new ProcessBuilder(argv).inheritIO().start().waitFor();
    }

    private static List<String> output(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().toList();
    }
}
