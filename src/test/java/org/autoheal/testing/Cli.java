package org.autoheal.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.autoheal.cli.AutoHealCommand;
import org.autoheal.json.Json;
import picocli.CommandLine;

/** `autoheal --home HOME args…` in-process, with stdout, stderr and the exit code captured: the one way tests drive the CLI. */
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

    public static Output run(Path home, String... args) {
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
        CommandLine cl = AutoHealCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long t0 = System.nanoTime();
        int exit = cl.execute(args);
        return new Output(exit, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** The {@code history --json} row of one incident. */
    public static JsonNode historyOf(Path home, String incident) {
        for (JsonNode n : run(home, "history", "--json").json().get("incidents")) {
            if (n.get("id").asText().equals(incident)) return n;
        }
        throw new AssertionError("incident " + incident + " is not in history");
    }
}
