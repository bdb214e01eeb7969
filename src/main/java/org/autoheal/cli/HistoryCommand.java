package org.autoheal.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.autoheal.config.HomeConfig;
import org.autoheal.json.Json;
import org.autoheal.history.History;
import org.autoheal.history.HistoryReport;
import org.autoheal.history.HistoryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code autoheal history}: past incidents from the journal ({@link History}). {@code rolled_back}
 * counts the rollbacks that restored files (the text table shows e.g. "healed, rolled back").
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List past incidents from the journal.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Option(names = "--tool", paramLabel = "NAME", description = "only this toolchain") String tool;
    @Option(names = "--last", paramLabel = "N", description = "only the last N incidents") Integer last;
    @Mixin JsonOption json;

    @Override
    public Integer call() throws Exception {
        HomeConfig config = HomeConfig.loadWithoutRules(top.existingHome(), java.util.Set.of(), PatternsWarning.to(spec));
        HistoryReport report = History.read(config, tool, last);
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            out.println(Json.MAPPER.writeValueAsString(Map.of("incidents", report.incidents())));
        } else {
            out.printf("%-40s %-16s %-20s %-16s %s%n", "INCIDENT", "TOOL", "OUTCOME", "CAUSE", "LAST STRATEGY");
            for (HistoryRow r : report.incidents()) {
                String outcome = r.outcome() + (r.rolledBack() > 0 ? ", rolled back" : "");
                out.printf("%-40s %-16s %-20s %-16s %s%n", r.id(), r.tool(), outcome, r.cause() == null ? "-" : r.cause(),
                        r.recovery() != null ? "recovery: " + r.recovery() : r.strategy() == null ? "-" : r.strategy());
            }
            if (report.pending() > 0) {
                out.println(report.pending() + " interrupted incident(s) not yet recovered: the next repair or rollback recovers them");
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
