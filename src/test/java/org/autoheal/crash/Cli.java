package org.autoheal.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.cli.AutoHealCommand;
import org.autoheal.explain.Json;
import picocli.CommandLine;

/** {@code autoheal} run in this JVM, output captured. */
record Cli(int exit, String out, String err) {
    static Cli run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AutoHealCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Cli(exit, out.toString(), err.toString());
    }

    JsonNode json() throws Exception {
        return Json.MAPPER.readTree(out);
    }

    /** The history row of one incident. */
    static JsonNode historyOf(Path home, String incident) throws Exception {
        for (JsonNode n : run(home, "history", "--json").json().get("incidents")) {
            if (n.get("id").asText().equals(incident)) return n;
        }
        throw new AssertionError("incident " + incident + " is not in history");
    }
}
