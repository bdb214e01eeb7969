package org.autoheal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.autoheal.config.ConfigException;
import org.autoheal.config.Home;
import org.autoheal.reload.RulePreload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: holds {@code --home}, which every subcommand accepts before or after its name. */
@Command(name = "autoheal", mixinStandardHelpOptions = true, version = "autoheal 0.1.0",
        description = "Rule-driven self-healing for toolchains: diagnose, back up, fix, verify, learn.")
public final class AutoHealCommand {
    /** Subcommands in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();
    /** Subcommands that open the home and load its rules first thing. */
    private static final Set<String> PRELOADING = Set.of("diagnose", "repair", "why", "watch");
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "AutoHeal home (default: $AUTOHEAL_HOME, else the current folder)")
    String home;

    Home home() {
        return Home.resolve(home);
    }

    /** The home for commands that heal, watch or report on one: exit 2 "not an AutoHeal home" elsewhere. */
    Home existingHome() {
        return home().requireHome();
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand::new);
        m.put("repair", RepairCommand::new);
        m.put("health", HealthCommand::new);
        m.put("history", HistoryCommand::new);
        m.put("rollback", RollbackCommand::new);
        m.put("diagnose", DiagnoseCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("why", WhyCommand::new);
        m.put("watch", WatchCommand::new);
        m.put("services", ServicesCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The whole command tree (help, tests). */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command tree for these arguments: when they name a subcommand, only that one is built.
     * picocli builds its model by reflection over every option of every subcommand, a fifth of a
     * {@code diagnose} start; anything else (no subcommand, help, a typo) gets the whole tree.
     * {@code diagnose}, the command a cold start is measured on, is declared in code ({@link DiagnoseModel}).
     */
    public static CommandLine commandLine(String[] args) {
        String named = subcommandIn(args);
        return commandLine(named == null || named.equals("help") ? SUBCOMMANDS.keySet() : List.of(named));
    }

    /**
     * For the commands that load a home's rules, starts loading them now (see {@link RulePreload}),
     * so picocli, logging and the config are set up meanwhile. A home that does not exist is left
     * to the command to report.
     */
    static void preloadRules(String[] args) {
        String named = subcommandIn(args);
        if (named == null || !PRELOADING.contains(named)) return;
        String home = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-h") || args[i].equals("--help")) return;
            if (args[i].equals("--home") && i + 1 < args.length) home = args[++i];
            else if (args[i].startsWith("--home=")) home = args[i].substring("--home=".length());
        }
        try {
            Home resolved = Home.resolve(home);
            if (!named.equals("diagnose") && !resolved.isHome()) return; // the command says it is not a home
            RulePreload.start(resolved.root());
        } catch (ConfigException | java.nio.file.InvalidPathException e) {
            // the command reports it
        }
    }

    private static String subcommandIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--home")) i++;
            else if (!a.startsWith("-")) return SUBCOMMANDS.containsKey(a) ? a : null;
        }
        return null;
    }

    private static CommandLine commandLine(Collection<String> names) {
        return configured(names.equals(List.of("diagnose")) ? DiagnoseModel.commandLine() : annotated(names));
    }

    static CommandLine configured(CommandLine cl) {
        cl.setExecutionExceptionHandler(AutoHealCommand::handle);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** The tree read from the annotations, with these subcommands. */
    static CommandLine annotated(Collection<String> names) {
        CommandLine cl = new CommandLine(new AutoHealCommand());
        for (String name : names) cl.addSubcommand(name, SUBCOMMANDS.get(name).get());
        return cl;
    }

    /** One place maps failures to exit codes ({@link ExitException#of}), each with a clear message. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        cl.getOut().flush();
        ExitException exit = ExitException.of(e);
        if (exit != null) {
            err.println("autoheal: " + exit.getMessage());
            err.flush();
            return exit.code();
        }
        err.println("autoheal: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.FAILING;
    }
}
