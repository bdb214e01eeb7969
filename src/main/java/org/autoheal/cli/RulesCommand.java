package org.autoheal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.autoheal.config.HomeConfig;
import org.autoheal.engine.RuleBase;
import org.autoheal.engine.RuleCompileException;
import org.autoheal.engine.RuleCompiler;
import org.autoheal.engine.RuleInfo;
import org.autoheal.engine.RuleProblem;
import org.autoheal.engine.RuleSources;
import org.autoheal.engine.RuleTables;
import org.autoheal.examples.ExampleCheck;
import org.autoheal.explain.RuleCrossCheck;
import org.autoheal.json.Json;
import org.autoheal.learn.Evidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rules check|list|test}: compile the rules; list them with their salience; run their examples. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check, list or test the healing rules.",
        subcommands = RulesTestCommand.class)
final class RulesCommand {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile rules/**/*.drl and the custom patterns, check the tables of rules/data and run the rule examples; errors as file:line:col: message (exit 1).")
    int check() {
        HomeConfig config = HomeConfig.load(top.home());
        Map<String, String> sources = RuleSources.forHome(config.home().root());
        PrintWriter out = spec.commandLine().getOut();
        try {
            RuleBase rules = RuleCompiler.compile(sources, config.patterns(), RuleTables.forHome(config.home().root()));
            List<String> unknown = UnregisteredStrategies.inRules(config, rules, sources);
            if (!unknown.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                unknown.forEach(err::println);
                err.printf("%d error(s): a proposal for an unregistered strategy fails at repair time%n", unknown.size());
                err.flush();
                return ExitCode.FAILING;
            }
            // the rule examples (DESIGN §9): a failing one is an error, a rule no example fires a warning
            if (ExampleCheck.print(rules, config.home().root(), spec.commandLine().getErr()) > 0) {
                return ExitCode.FAILING;
            }
            List<String> warnings = RuleCrossCheck.warnings(rules.catalog(), sources, rules.patterns(),
                    RuleCrossCheckArgs.commands(config));
            if (!warnings.isEmpty()) {
                warnings.forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().flush();
            }
            out.printf("ok: %d rules in %d files, %d custom patterns (rules %s)%s%n", rules.catalog().size(),
                    sources.size(), rules.patterns().size(), rules.version(),
                    warnings.isEmpty() ? "" : "; " + warnings.size() + " warning(s) on stderr");
            out.flush();
            return ExitCode.OK;
        } catch (RuleCompileException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (RuleProblem p : e.problems()) err.println(p);
            err.printf("%d error(s); the rules were not loaded%n", e.problems().size());
            err.flush();
            return ExitCode.FAILING;
        }
    }

    /**
     * Strategy names the rules propose as literals ({@code Proposal.of("name", …)}) that no
     * built-in, config command strategy or plugin provides: caught here instead of at repair.
     */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every rule with file:line, base, learned and effective salience.")
    int list(@picocli.CommandLine.Mixin JsonOption json) throws Exception {
        var autoheal = org.autoheal.api.AutoHeal.open(top.home().root());
        List<RuleInfo> rules = List.copyOf(autoheal.engine().rules().catalog().all());
        var learned = autoheal.learned().byRule();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            ObjectNode root = org.autoheal.explain.RulesJson.of(rules, learned, autoheal.snapshot().rules().version());
            out.println(Json.MAPPER.writeValueAsString(root));
        } else {
            out.printf("%-44s %-10s %-34s %5s %8s %9s  %s%n", "RULE", "KIND", "AT", "BASE", "LEARNED", "EFFECTIVE", "OUTCOMES");
            for (RuleInfo r : rules) {
                var byCause = learned.getOrDefault(r.name(), Map.of());
                if (byCause.isEmpty()) {
                    out.printf("%-44s %-10s %-34s %5d %8s %9d  %s%n", r.name(), r.kind(), r.location(), r.baseSalience(),
                            "0", r.baseSalience(), "-");
                }
                for (Evidence e : byCause.values()) {
                    out.printf("%-44s %-10s %-34s %5d %+8d %9d  %s: %d healed, %d failed%n", r.name(), r.kind(), r.location(),
                            r.baseSalience(), e.adjustment(), r.baseSalience() + e.adjustment(), e.cause(), e.successes(), e.failures());
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
