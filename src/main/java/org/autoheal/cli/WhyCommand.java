package org.autoheal.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.autoheal.api.AutoHeal;
import org.autoheal.engine.RuleSources;
import org.autoheal.json.Json;
import org.autoheal.explain.RuleTexts;
import org.autoheal.explain.WhyBuilder;
import org.autoheal.explain.WhyJson;
import org.autoheal.explain.WhyRecords;
import org.autoheal.explain.WhyReport;
import org.autoheal.explain.WhyStrategy;
import org.autoheal.explain.WhyText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal why [INCIDENT | last] [--strategy NAME] [--json]}: why an incident went the way it did. */
@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Explain an incident: the error, the rules that matched and fired (file:line), salience = base + learned "
                + "with its evidence, why each strategy was or was not tried, approval, actions, backups, verification, outcome.")
final class WhyCommand implements Callable<Integer> {
    private static final int MAX_SHOWN_ID = 80;

    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "INCIDENT|last", defaultValue = WhyRecords.LAST,
            description = "an incident id from `autoheal history`, or 'last' (the default) for the newest")
    String incident;

    @Option(names = "--strategy", paramLabel = "NAME", description = "why this strategy was or was not chosen")
    String strategy;

    @Option(names = "--rule", paramLabel = "RULE", description = "which conditions of this rule (diagnosis or strategy) held on the "
            + "incident's error and which first failed, with the values; evaluated again on the recorded error text with today's rules")
    String rule;

    @Mixin JsonOption jsonOption;

    @Override
    public Integer call() throws Exception {
        AutoHeal autoheal = AutoHeal.open(top.existingHome().root());
        var journal = autoheal.journal();
        PrintWriter out = spec.commandLine().getOut();
        var records = WhyRecords.find(journal.readAll(), incident);
        if (records.isEmpty()) {
            String where = autoheal.config().home().show(journal.file());
            throw ExitException.usage((WhyRecords.LAST.equals(incident) ? "no incident is recorded in " + where + " yet"
                    : "no incident '" + shown(incident) + "' in " + where) + "; `autoheal history` lists the incidents");
        }
        if (rule != null) return whyNot(autoheal, records.get(), out);
        var rulesNow = autoheal.engine().rules();
        RuleTexts texts = new RuleTexts(rulesNow.catalog(), RuleSources.forHome(autoheal.config().home().root()));
        WhyReport report = WhyBuilder.build(records.get(), texts, rulesNow.version());
        if (strategy != null) {
            WhyStrategy answer = WhyStrategy.answer(report, strategy, autoheal.registry().names(), texts);
            if (answer.verdict().equals("unknown")) {
                throw ExitException.usage(answer.lines().get(0));
            }
            out.print(jsonOption.on() ? Json.MAPPER.writeValueAsString(answer.json()) + "\n" : answer.text());
        } else {
            // an undiagnosed incident: which diagnosis rules came closest, and where each one failed
            var subject = report.diagnoses().isEmpty() ? WhyNotRun.ofIncident(autoheal, records.get().id(), records.get().main()) : null;
            var closest = subject == null ? null : WhyNotRun.closest(autoheal, subject);
            if (jsonOption.on()) {
                var j = WhyJson.of(report);
                if (closest != null) {
                    j.set("closest_rules", org.autoheal.explain.whynot.WhyNotJson.of(closest));
                    j.put("closest_basis", subject.basis());
                }
                out.print(Json.MAPPER.writeValueAsString(j) + "\n");
            } else {
                out.print(WhyText.of(report) + (closest == null ? "" : WhyNotRun.closestText(closest, subject.basis())));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** {@code --rule}: the rule taken apart on the incident's error, parsed again now. */
    private int whyNot(AutoHeal autoheal, WhyRecords records, PrintWriter out) throws java.io.IOException {
        if (strategy != null) {
            throw ExitException.usage("--rule and --strategy answer different questions: pass one");
        }
        WhyNotRun.requireKnown(autoheal, rule);
        var subject = WhyNotRun.ofIncident(autoheal, records.id(), records.main());
        if (subject == null) {
            throw ExitException.failing("incident " + records.id() + " has no recorded error text in the journal: nothing to evaluate the rule on");
        }
        WhyNotRun.answer(autoheal, rule, subject, jsonOption.on(), out);
        return ExitCode.OK;
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= MAX_SHOWN_ID ? t : t.substring(0, MAX_SHOWN_ID) + "…";
    }
}
