package org.autoheal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.Engine;
import org.autoheal.engine.RuleBase;
import org.autoheal.examples.ExampleFileException;
import org.autoheal.examples.ExampleFiles;
import org.autoheal.examples.ExampleGlob;
import org.autoheal.examples.ExampleReport;
import org.autoheal.examples.ExampleResult;
import org.autoheal.examples.ExampleRunner;
import org.autoheal.examples.RuleExample;
import org.autoheal.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rules test [NAME-GLOB]}: runs the rule examples (DESIGN §9); exit 1 when one fails. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule examples (rules/**/*.examples.json): each failure names the file, the example and "
                + "what differed (exit 1).")
final class RulesTestCommand implements Callable<Integer> {
    @ParentCommand RulesCommand rules;
    @Spec CommandSpec spec;

    @Mixin JsonOption jsonOption;

    @Parameters(arity = "0..1", paramLabel = "NAME-GLOB",
            description = "only the examples whose name, or whose file's name without .examples.json, matches (* and ?)")
    String glob;

    @Override
    public Integer call() throws Exception {
        HomeConfig config = HomeConfig.load(rules.top.home());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBase base = Engine.build(config);
        List<RuleExample> examples;
        try {
            examples = ExampleFiles.forHome(config.home().root()).stream().filter(ExampleGlob.of(glob)).toList();
        } catch (ExampleFileException e) {
            if (jsonOption.on()) {
                ObjectNode o = Json.object().put("ok", false).put("error", e.getMessage());
                out.println(Json.MAPPER.writeValueAsString(o));
                out.flush();
            }
            err.println(e.getMessage());
            err.flush();
            return ExitCode.FAILING;
        }
        ExampleReport report = new ExampleRunner(base).run(examples);
        boolean all = glob == null;
        if (jsonOption.on()) {
            out.println(Json.MAPPER.writeValueAsString(json(report, all, base.version())));
        } else {
            if (all) report.coverageWarnings().forEach(err::println);
            report.failureLines().forEach(out::println);
            int failed = report.failed().size();
            if (examples.isEmpty()) out.println("no rule examples" + (all ? "" : " match " + glob));
            else if (failed == 0) out.printf("ok: %d examples passed (rules %s)%n", examples.size(), base.version());
            else out.printf("%d of %d examples failed (rules %s)%n", failed, examples.size(), base.version());
        }
        out.flush();
        err.flush();
        return report.passed() ? ExitCode.OK : ExitCode.FAILING;
    }

    private static ObjectNode json(ExampleReport report, boolean all, String version) {
        ObjectNode root = Json.object();
        root.put("ok", report.passed());
        root.put("examples", report.results().size());
        root.put("failed", report.failed().size());
        ArrayNode failures = root.putArray("failures");
        for (ExampleResult r : report.failed()) {
            ObjectNode f = failures.addObject();
            f.put("file", r.example().file());
            f.put("example", r.example().name());
            f.set("differences", Json.MAPPER.valueToTree(r.differences()));
        }
        ArrayNode unfired = root.putArray("unfired");
        if (all) report.unfired().forEach(u -> unfired.addObject().put("rule", u.name()).put("at", u.location()));
        root.put("rules_version", version);
        return root;
    }
}
