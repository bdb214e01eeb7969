package org.autoheal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupException;
import org.autoheal.backup.RollbackPolicy;
import org.autoheal.backup.RollbackResult;
import org.autoheal.config.Home;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.ConfigException;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;
import org.autoheal.journal.JournalRecord;
import org.autoheal.state.HomeLock;
import org.autoheal.state.HomeLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rollback INCIDENT}: restore every file an incident backed up, byte-identical, and journal it. */
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
        BackupStore store = HomeGuard.store(config);
        if (incident.equals("last")) incident = last(HomeGuard.journal(config), store);
        try {
            BackupStore.checkIncidentId(incident);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("not an incident id: " + e.getMessage());
        }
        boolean hasBackups = Files.exists(store.folder(incident).resolve("manifest.json"));
        Journal journal = HomeGuard.journal(config);
        if (!hasBackups && !journaled(journal, incident)) {
            throw new ConfigException("no such incident " + incident + " in " + config.home().show(journal.file())
                    + "; `autoheal history` lists the incidents");
        }
        if (!hasBackups) {
            throw new ConfigException("incident " + incident + " has no backups in " + config.home().show(store.folder(incident)));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RollbackResult result;
        int recorded;
        try (HomeLock lock = HomeGuard.lock(config, "rollback " + incident, err)) {
            HomeGuard.recover(config, line -> {
                out.println(line);
                out.flush();
            });
            Backup backup;
            try {
                backup = store.load(incident);
            } catch (BackupException e) { // a manifest that fails its checks: refused, never a stack trace
                err.println("autoheal: rollback refused: " + e.getMessage());
                err.flush();
                return ExitCode.FAILING;
            }
            recorded = backup.entries().size();
            result = backup.restore(force ? RollbackPolicy.KEEP_COPIES : RollbackPolicy.CHECKED);
            if (!result.restored().isEmpty() || !result.keptFolders().isEmpty()) {
                journal.append(new JournalRecord.Rollback(incident, Instant.now().toString(), result.restored().size(),
                        result.refused().size(), force, result.keptFolders().stream().map(config.home()::show).toList()));
            }
        } catch (HomeLockedException e) {
            err.println("autoheal: " + e.getMessage());
            err.flush();
            return ExitCode.FAILING;
        }
        Home home = config.home();
        result.kept().forEach(p -> out.println("kept the current content as " + home.show(p)));
        // each path once: restored (or removed, when the heal created it), kept, or refused, and why
        result.restored().forEach(p -> out.println(result.removed().contains(p) ? "removed " + home.show(p) + " (the heal created it)"
                : "restored " + home.show(p)));
        result.keptFolders().forEach(p -> out.println("kept " + home.show(p) + ": the heal created this folder, and it now holds"
                + " files the heal did not record; remove it by hand if they are not needed"));
        result.refused().forEach(r -> err.println("autoheal: not restored: " + r));
        if (result.restored().isEmpty() && result.refused().isEmpty() && result.keptFolders().isEmpty()) {
            out.println("incident " + incident + " is already rolled back: its " + recorded
                    + " backed-up path(s) match the backups; nothing changed");
        } else if (!result.restored().isEmpty() || !result.keptFolders().isEmpty()) {
            out.println("rolled back incident " + incident + " (" + result.restored().size() + " of " + recorded
                    + " entries restored" + (result.keptFolders().isEmpty() ? "" : ", " + result.keptFolders().size() + " kept") + ")");
        }
        InstallNote.of(journal.recordsMatching(incident), incident).ifPresent(out::println);
        out.flush();
        err.flush();
        return result.refused().isEmpty() ? ExitCode.OK : ExitCode.FAILING;
    }

    /** {@code rollback last}: the newest journaled incident that has backups (as {@code why last} is the newest incident). */
    private static String last(Journal journal, BackupStore store) {
        List<JournalRecord> records = journal.records();
        for (int i = records.size() - 1; i >= 0; i--) {
            String id = incidentId(records.get(i));
            if (id == null || id.isEmpty()) continue;
            try {
                BackupStore.checkIncidentId(id);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (Files.exists(store.folder(id).resolve("manifest.json"))) return id;
        }
        throw new ConfigException("rollback last: no incident with backups in " + journal.file().getFileName()
                + "; `autoheal history` lists the incidents");
    }

    /** True when the journal has the incident's opening or final record. */
    private static boolean journaled(Journal journal, String id) {
        return journal.recordsMatching(id).stream().anyMatch(r -> id.equals(incidentId(r)));
    }

    /** The id of an incident's opening or final record; null for other records. */
    private static String incidentId(JournalRecord r) {
        if (r instanceof JournalRecord.Incident i) return i.id();
        if (r instanceof JournalRecord.IncidentOpen o) return o.id();
        return null;
    }
}
