package org.autoheal.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.autoheal.cli.AutoHealCommand;
import org.autoheal.json.Json;
import picocli.CommandLine;

/**
 * The one way tests drive the CLI: {@code autoheal --home HOME args…} in this JVM with stdout,
 * stderr and the exit code captured ({@link #run}); or, where a test needs a process of its own
 * (a separate environment, a signal, a second lock holder, a long-running {@code watch}), as a child
 * JVM on the test classpath ({@link #runJvm}, {@link #startJvm}). The crash tests' {@code ChildJvm}
 * is the one exception: it tunes its JVM for a hundred cheap starts.
 */
public final class Cli {
    private Cli() {
    }

    /** What one command did; {@code millis} is its wall time. */
    public record Output(int exit, String out, String err, long millis) {
        /** stdout as JSON (what follows the first value is ignored); a failure names both streams. */
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        /** The whole of stdout must be exactly one JSON object. */
        public JsonNode jsonObject() {
            JsonNode n;
            try {
                n = Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON object: " + out + "\nstderr: " + err, e);
            }
            if (n == null || !n.isObject()) throw new AssertionError("stdout is not one JSON object: " + out);
            return n;
        }

        /** The {@code i}-th incident of a {@code repair --json} report. */
        public JsonNode incident(int i) {
            return json().get("incidents").get(i);
        }

        public JsonNode firstAttempt() {
            return incident(0).get("attempts").get(0);
        }

        /** Exit code and both streams, for an assertion's description. */
        public String all() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /**
     * A {@code repair} in a home that has not run yet starts from the bundled rules compiled once per JVM
     * ({@link BundledRulesCache}); a repair writes state/ itself. Other commands run as given: some prove
     * that they write nothing (health).
     */
    public static Output run(Path home, String... args) {
        if (args.length > 0 && args[0].equals("repair")) BundledRulesCache.seedFreshHome(home);
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return execute(all);
    }

    /** The argv exactly as given (no {@code --home} added): for {@code demo}, or a command line that names its home. */
    public static Output execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AutoHealCommand.commandLine(args); // as Main builds it: only the subcommand named
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long t0 = System.nanoTime();
        int exit = cl.execute(args);
        return new Output(exit, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** {@code java -cp <test classpath> org.autoheal.cli.Main args…}: autoheal as a child JVM. */
    public static List<String> jvmCommand(String... args) {
        return jvmCommand(List.of(), args);
    }

    /** {@code java OPTIONS -cp <test classpath> org.autoheal.cli.Main args…}; options such as {@code -Xmx64m}. */
    public static List<String> jvmCommand(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.autoheal.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@link #runJvm(List, Map, String, String...)} with default JVM options and an empty stdin. */
    public static Output runJvm(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return runJvm(List.of(), env, "", args);
    }

    /**
     * The argv exactly as given, in a child JVM that must exit within 3 minutes; {@code env} is
     * added to this JVM's environment (a PATH without python3, say) and {@code stdin} is its input.
     */
    public static Output runJvm(List<String> jvmOptions, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = jvmCommand(jvmOptions, args);
        Path in = Files.writeString(Files.createTempFile("autoheal-in", ".txt"), stdin);
        Path out = Files.createTempFile("autoheal-out", ".txt");
        Path err = Files.createTempFile("autoheal-err", ".txt");
        try {
            long t0 = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                String tail = Files.readString(err);
                throw new AssertionError("autoheal did not exit within 3 minutes (hung in a rule?): " + String.join(" ", args)
                        + "\nstderr: " + tail.substring(Math.max(0, tail.length() - 4000)));
            }
            return new Output(p.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The argv exactly as given, in a child JVM left running (a {@code watch}): stdout and stderr both go to {@code out}. */
    public static Process startJvm(Path out, String... args) throws IOException {
        return startJvm(List.of(), out, args);
    }

    /** {@link #startJvm(Path, String...)} with JVM options such as {@code -Xmx256m}. */
    public static Process startJvm(List<String> jvmOptions, Path out, String... args) throws IOException {
        return new ProcessBuilder(jvmCommand(jvmOptions, args)).redirectOutput(out.toFile()).redirectErrorStream(true).start();
    }

    /** The {@code history --json} row of one incident. */
    public static JsonNode historyOf(Path home, String incident) {
        for (JsonNode n : run(home, "history", "--json").json().get("incidents")) {
            if (n.get("id").asText().equals(incident)) return n;
        }
        throw new AssertionError("incident " + incident + " is not in history");
    }
}
