package org.autoheal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import org.autoheal.api.AutoHeal;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Toolchain;
import org.autoheal.json.Json;
import org.autoheal.heal.Approver;
import org.autoheal.heal.IncidentJson;
import org.autoheal.heal.RepairReport;
import org.autoheal.heal.ReportText;
import org.autoheal.state.HomeLock;
import org.autoheal.recover.HomeGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal repair}: run each toolchain (or one), heal the failures, print a report. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Run the toolchains, heal what fails (back up, fix, verify, roll back on failure), report.",
        footer = {"", "One AutoHeal heals a home at a time (lock: state/autoheal.lock). While another holds it, repair",
                "prints \"another AutoHeal is healing this home (pid N, since T, ...)\" and exits 1; a lock whose",
                "process died is taken over. Before healing, incidents that a killed AutoHeal left unfinished are",
                "recovered: unverified changes are rolled back from their backup (see history)."})
final class RepairCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--yes", description = "approve every action (else y/N per action on a terminal)")
    boolean yes;

    @Option(names = "--dry-run", description = "show the plan; change nothing")
    boolean dryRun;

    @Option(names = "--tool", paramLabel = "NAME", description = "only this toolchain")
    String tool;

    @Mixin JsonOption jsonOption;

    @Override
    public Integer call() throws Exception {
        AutoHeal autoheal = AutoHeal.open(top.existingHome().root());
        List<Toolchain> scope = tool != null ? List.of(autoheal.config().toolchain(tool))
                : List.copyOf(autoheal.config().toolchains().values());
        if (scope.isEmpty()) {
            throw new ConfigException("config/toolchains.json defines no toolchains; nothing to repair");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter steps = jsonOption.on() ? spec.commandLine().getErr() : out;
        Consumer<String> say = line -> {
            steps.println(line);
            steps.flush();
        };
        Approver approver = yes || autoheal.config().settings().autoApprove() ? Approver.ALWAYS : Approver.terminal();
        RepairReport report;
        if (dryRun) { // changes nothing, so it needs no lock and recovers nothing
            HomeGuard.mention(autoheal.config(), say);
            report = autoheal.repair(scope, approver, true, say);
        } else {
            PrintWriter err = spec.commandLine().getErr();
            try (HomeLock lock = HomeGuard.lock(autoheal.config(), "repair", note -> {
                err.println("autoheal: " + note);
                err.flush();
            })) {
                HomeGuard.recover(autoheal.config(), say);
                report = autoheal.repair(scope, approver, false, say);
            }
        }
        if (jsonOption.on()) {
            out.println(Json.MAPPER.writeValueAsString(IncidentJson.report(report)));
        } else {
            out.print(ReportText.of(report));
        }
        out.flush();
        return report.allGood() ? ExitCode.OK : ExitCode.FAILING;
    }
}
