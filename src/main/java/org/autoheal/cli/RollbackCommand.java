package org.autoheal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.recover.IncidentRollback;
import org.autoheal.recover.RollbackReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rollback INCIDENT}: restore every file an incident backed up ({@link IncidentRollback}) and say what happened. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Restore the backups of an incident.",
        footer = {"", "Each path the backup names is checked against today's roots first. A file is restored only",
                "while it still holds what the heal wrote; a file changed since is refused (exit 1) unless --force.",
                "Takes the home lock like repair (exit 1 while another AutoHeal holds it) and first recovers",
                "incidents that a killed AutoHeal left unfinished."})
final class RollbackCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT", description = "an incident id (see autoheal history), or `last`: the newest incident with backups")
    String incident;

    @Option(names = "--force", description = "also restore files changed since the heal, after keeping a copy of their"
            + " current content in the incident's backup folder")
    boolean force;

    @Override
    public Integer call() throws IOException {
        HomeConfig config = HomeConfig.loadWithoutRules(top.existingHome(), java.util.Set.of(), PatternsWarning.to(spec));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RollbackReport r = new IncidentRollback(config).run(incident, force, line -> {
            out.println(line);
            out.flush();
        }, note -> {
            err.println("autoheal: " + note);
            err.flush();
        });
        Home home = config.home();
        r.kept().forEach(p -> out.println("kept the current content as " + home.show(p)));
        // each path once: restored (or removed, when the heal created it), kept, or refused, and why
        r.restored().forEach(p -> out.println(r.removed().contains(p) ? "removed " + home.show(p) + " (the heal created it)"
                : "restored " + home.show(p)));
        r.keptFolders().forEach(p -> out.println("kept " + home.show(p) + ": the heal created this folder, and it now holds"
                + " files the heal did not record; remove it by hand if they are not needed"));
        r.refused().forEach(line -> err.println("autoheal: not restored: " + line));
        if (r.alreadyRolledBack()) {
            out.println("incident " + r.incident() + " is already rolled back: its " + r.recorded()
                    + " backed-up path(s) match the backups; nothing changed");
        } else if (r.changed()) {
            out.println("rolled back incident " + r.incident() + " (" + r.restored().size() + " of " + r.recorded()
                    + " entries restored" + (r.keptFolders().isEmpty() ? "" : ", " + r.keptFolders().size() + " kept") + ")");
        }
        r.installNote().ifPresent(out::println);
        out.flush();
        err.flush();
        return r.refused().isEmpty() ? ExitCode.OK : ExitCode.FAILING;
    }
}
