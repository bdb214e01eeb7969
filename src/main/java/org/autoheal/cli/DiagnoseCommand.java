package org.autoheal.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.DecisionDeadline;
import org.autoheal.engine.Engine;
import org.autoheal.facts.SalienceTable;
import org.autoheal.explain.DecisionJson;
import org.autoheal.explain.DecisionJsonWriter;
import org.autoheal.explain.DecisionText;
import org.autoheal.explain.Json;
import org.autoheal.io.BoundedLines;
import org.autoheal.parse.ErrorText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal diagnose}: diagnosis and ranked proposals for an error text; nothing is applied. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose an error text (argument, '-' or stdin) and show the ranked proposals; changes nothing.")
final class DiagnoseCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--tool", paramLabel = "NAME", description = "the toolchain the error came from (its config adds context)")
    String tool;

    @Mixin JsonOption jsonOption;

    @Option(names = "--batch", paramLabel = "FILE|-", description = "JSON Lines in ({\"text\":…,\"tool\":…}), one JSON result per line out")
    String batch;

    @Option(names = "--no-trace", description = "do not record the rule trace (faster; the JSON \"trace\" is empty, no \"rules fired\" in text)")
    boolean noTrace;

    @Option(names = "--exit-code", paramLabel = "N", description = "the program's exit status, when known (0: it succeeded, nothing is a cause)")
    Integer exitCode;

    @Option(names = "--why-not", paramLabel = "RULE", description = "which conditions of this rule held on the error's facts and "
            + "which first failed, with the values it was evaluated on (exit 0: the rule fired, 1: it did not, 2: no such rule)")
    String whyNot;

    @Parameters(arity = "0..1", paramLabel = "TEXT|-", description = "the error text; '-' or nothing reads stdin")
    String text;

    @Override
    public Integer call() throws IOException {
        AutoHeal autoheal = AutoHeal.open(top.home().root());
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null && whyNot != null) throw new ConfigException("diagnose: --why-not takes one error text, not --batch");
        if (batch != null) return batch(autoheal, out);
        if (whyNot != null) WhyNotRun.requireKnown(autoheal, whyNot);
        int max = autoheal.config().settings().limits().maxErrorBytes();
        String input = text == null || text.equals("-") ? ErrorText.read(System.in, max) : text;
        if (input.isBlank()) {
            throw new ConfigException("diagnose: no error text: pass TEXT as an argument or pipe the error text on stdin "
                    + "(e.g. `./build.sh 2>&1 | autoheal diagnose`)");
        }
        if (whyNot != null) return whyNot(autoheal, input, out);
        Decision d = decide(autoheal, autoheal.learned(), input, tool, exitCode);
        List<String> unregistered = UnregisteredStrategies.of(d, autoheal.registry().names(), autoheal.engine().rules().catalog());
        if (jsonOption.on()) {
            ObjectNode o = DecisionJson.of(d);
            if (!unregistered.isEmpty()) o.set("unregistered_strategies", Json.MAPPER.valueToTree(unregistered));
            out.println(Json.MAPPER.writeValueAsString(o));
        } else {
            out.print(DecisionText.of(d, autoheal.engine().rules().catalog(), !noTrace));
        }
        out.flush();
        if (!unregistered.isEmpty()) {
            // the same problem `rules check` rejects: a proposal that repair would refuse is a failure here too
            PrintWriter err = spec.commandLine().getErr();
            unregistered.forEach(u -> err.println("error: " + u));
            err.flush();
            return ExitCode.FAILING;
        }
        // a program that exited 0 is healthy: nothing to diagnose is the expected answer, not a failure
        return d.diagnosed() || Integer.valueOf(0).equals(exitCode) ? ExitCode.OK : ExitCode.FAILING;
    }

    private int whyNot(AutoHeal autoheal, String input, PrintWriter out) throws IOException {
        var ctx = Engine.context(autoheal.config(), tool == null ? null : autoheal.config().toolchain(tool), autoheal.learned());
        var subject = new WhyNotRun.Subject(autoheal.parse(input, tool, exitCode), ctx,
                "evaluated on this error text's facts with the rules in service (" + autoheal.engine().rules().version() + ")");
        return WhyNotRun.answer(autoheal, whyNot, subject, jsonOption.on(), out) ? ExitCode.OK : ExitCode.FAILING;
    }

    private Decision decide(AutoHeal autoheal, SalienceTable learned, String input, String tool, Integer exit) {
        // a toolchain's context (its health findings) is gathered once per command, not once per batch line
        DecisionContext ctx = contexts.computeIfAbsent(tool == null ? "" : tool,
                k -> Engine.context(autoheal.config(), tool == null ? null : autoheal.config().toolchain(tool), learned));
        return autoheal.engine().decide(autoheal.parse(input, tool, exit), ctx, !noTrace);
    }

    private final Map<String, DecisionContext> contexts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One result line per input line, in order; a bad line gets an error object in its place. The
     * rules, the learned salience and each toolchain's context are taken once per batch: diagnosing
     * records no outcomes, so they cannot change. Lines go in chunks to every core (decisions are
     * independent and the engine is thread-safe); each decision runs on the thread that took its
     * chunk, under one deadline watchdog for the batch, and at most a window of chunks is in flight.
     */
    private int batch(AutoHeal autoheal, PrintWriter out) throws IOException {
        SalienceTable learned = autoheal.learned();
        Engine engine = autoheal.engine();
        InputStream in = batch.equals("-") ? System.in : open(Path.of(batch));
        // a line holds one error text as JSON: escaping can make it 6 bytes per byte of text
        int maxLine = (int) Math.min(Integer.MAX_VALUE - 8, 6L * autoheal.config().settings().limits().maxErrorBytes() + 65536);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        Writer w = new BufferedWriter(out, 1 << 16); // println on picocli's writer would flush every line
        boolean fromStdin = batch.equals("-"); // a pipe's reader gets each chunk's results as they are ready
        try (in; DecisionDeadline.Watchdog watchdog = engine.watchdog();
             BatchLines lines = new BatchLines(threads, (number, text, ifStuck) ->
                     batchLine(autoheal, watchdog, learned, text, number, ifStuck))) {
            BoundedLines.read(in, maxLine, new BoundedLines.Visitor() {
                @Override
                public void line(int number, String text) {
                    if (!text.isBlank()) write(lines.add(text, number), w, fromStdin);
                }

                @Override
                public void tooLong(int number) {
                    write(lines.addResult(error(number,
                            "line longer than " + maxLine + " bytes (6 x limits.max_error_bytes + 64 KiB); skipped").toString()), w, fromStdin);
                }
            });
            write(lines.finish(), w, false);
        }
        w.flush();
        out.flush();
        return ExitCode.OK;
    }

    private static void write(List<String> results, Writer w, boolean flush) {
        try {
            for (String r : results) {
                w.write(r);
                w.write(System.lineSeparator());
            }
            if (flush && !results.isEmpty()) w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String batchLine(AutoHeal autoheal, DecisionDeadline.Watchdog watchdog, SalienceTable learned, String line,
                             int n, Consumer<String> ifStuck) throws IOException {
        JsonNode req;
        try {
            req = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return Json.MAPPER.writeValueAsString(error(n, "malformed JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (req == null || !req.isObject() || !req.path("text").isTextual()) {
            return Json.MAPPER.writeValueAsString(error(n, "expected an object with a \"text\" string"));
        }
        String tool = req.path("tool").isTextual() ? req.get("tool").asText() : null;
        JsonNode exit = req.path("exit_code");
        if (!exit.isMissingNode() && !exit.isNull() && !exit.canConvertToInt()) {
            return Json.MAPPER.writeValueAsString(error(n, "\"exit_code\" must be an integer"));
        }
        Integer code = exit.canConvertToInt() && exit.isIntegralNumber() ? Integer.valueOf(exit.asInt()) : null;
        Decision d;
        try {
            DecisionContext ctx = contexts.computeIfAbsent(tool == null ? "" : tool,
                    k -> Engine.context(autoheal.config(), tool == null ? null : autoheal.config().toolchain(tool), learned));
            d = watchdog.decide(autoheal.parse(req.get("text").asText(), tool, code), ctx, !noTrace,
                    stuck -> ifStuck.accept(json(stuck)));
        } catch (ConfigException e) {
            return Json.MAPPER.writeValueAsString(error(n, e.getMessage()));
        }
        return json(d);
    }

    /** The decision's JSON ({@link DecisionJson#of}'s), streamed without building the node tree. */
    private static String json(Decision d) {
        StringWriter s = new StringWriter(4096);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(s)) {
            DecisionJsonWriter.write(g, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static ObjectNode error(int line, String message) {
        ObjectNode o = Json.object();
        o.put("line", line);
        o.put("error", message);
        return o;
    }

    private static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new ConfigException("--batch: cannot read " + p + ": " + e.getMessage());
        }
    }
}
