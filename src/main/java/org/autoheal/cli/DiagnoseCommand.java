package org.autoheal.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.engine.Decision;
import org.autoheal.engine.DecisionContext;
import org.autoheal.engine.Engine;
import org.autoheal.engine.StartLog;
import org.autoheal.facts.SalienceTable;
import org.autoheal.explain.DecisionJson;
import org.autoheal.explain.DecisionText;
import org.autoheal.json.Json;
import org.autoheal.parse.ErrorParsers;
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
        StartLog.mark("diagnose called");
        // the rules load on their own thread for a few hundred ms more: this thread reads the parsers' tables meanwhile
        ErrorParsers.prepare(batch == null && text != null && !text.equals("-") ? text : null);
        StartLog.mark("parsers prepared");
        AutoHeal autoheal = AutoHeal.open(top.home().root());
        StartLog.mark("home opened");
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
        StartLog.mark("decided");
        List<String> unregistered = UnregisteredStrategies.of(d, autoheal.registry().names(), autoheal.engine().rules().catalog());
        if (jsonOption.on()) {
            ObjectNode o = DecisionJson.of(d);
            if (!unregistered.isEmpty()) o.set("unregistered_strategies", Json.MAPPER.valueToTree(unregistered));
            out.println(Json.MAPPER.writeValueAsString(o));
        } else {
            out.print(DecisionText.of(d, autoheal.engine().rules().catalog(), !noTrace));
        }
        out.flush();
        StartLog.mark("output written");
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
        StartLog.mark("context made");
        var error = autoheal.parse(input, tool, exit);
        StartLog.mark("parsed");
        return autoheal.engine().decide(error, ctx, !noTrace);
    }

    private final Map<String, DecisionContext> contexts = new java.util.concurrent.ConcurrentHashMap<>();

    /** One result line per input line, in order ({@link org.autoheal.batch.BatchDiagnosis}). */
    private int batch(AutoHeal autoheal, PrintWriter out) throws IOException {
        boolean fromStdin = batch.equals("-"); // a pipe's reader gets each chunk's results as they are ready
        InputStream in = fromStdin ? System.in : open(Path.of(batch));
        Writer w = new BufferedWriter(out, 1 << 16); // println on picocli's writer would flush every line
        try (in) {
            autoheal.diagnoseBatch(in, w, !noTrace, fromStdin);
        }
        w.flush();
        out.flush();
        return ExitCode.OK;
    }

    private static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new ConfigException("--batch: cannot read " + p + ": " + e.getMessage());
        }
    }
}
