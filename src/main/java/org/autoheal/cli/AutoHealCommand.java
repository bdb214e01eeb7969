package org.autoheal.cli;

import java.io.PrintWriter;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Home;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: holds {@code --home}, which every subcommand accepts before or after its name. */
@Command(name = "autoheal", mixinStandardHelpOptions = true, version = "autoheal 0.1.0",
        description = "Rule-driven self-healing for toolchains: diagnose, back up, fix, verify, learn.",
        subcommands = {DemoCommand.class, RepairCommand.class, HealthCommand.class, HistoryCommand.class, RollbackCommand.class, DiagnoseCommand.class, RulesCommand.class, WhyCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
public final class AutoHealCommand {
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "AutoHeal home (default: $AUTOHEAL_HOME, else the current folder)")
    String home;

    Home home() {
        return Home.resolve(home);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AutoHealCommand());
        cl.setExecutionExceptionHandler(AutoHealCommand::handle);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** One place maps failures to exit codes: config and usage errors are 2, with a clear message. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ConfigException) {
            err.println("autoheal: " + e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("autoheal: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.FAILING;
    }
}
