package org.autoheal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.ConfigException;
import org.autoheal.config.HomeConfig;
import org.autoheal.explain.Json;
import org.autoheal.journal.Journal;
import org.autoheal.state.HomeLock;
import org.autoheal.state.HomeLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rollback INCIDENT}: restore every file an incident backed up, byte-identical, and journal it. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Restore the backups of an incident.",
        footer = {"", "Takes the home lock like repair (exit 1 while another AutoHeal holds it) and first recovers",
                "incidents that a killed AutoHeal left unfinished."})
final class RollbackCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT", description = "an incident id (see autoheal history), or `last`: the newest incident with backups")
    String incident;

    @Override
    public Integer call() throws IOException {
        HomeConfig config = HomeConfig.loadWithoutRules(top.existingHome(), java.util.Set.of(), PatternsWarning.to(spec));
        BackupStore store = new BackupStore(config.home().root(), config.settings().limits().maxBackupBytes());
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
        List<Path> restored;
        List<Path> kept;
        List<Path> created;
        int recorded;
        try (HomeLock lock = HomeGuard.lock(config, "rollback " + incident, spec.commandLine().getErr())) {
            HomeGuard.recover(config, line -> {
                out.println(line);
                out.flush();
            });
            Backup backup = store.load(incident);
            recorded = backup.entries().size();
            created = backup.entries().stream().filter(e -> e.created()).map(e -> Path.of(e.path())).toList();
            List<Path> differing = backup.changed();
            restored = differing.isEmpty() ? List.of() : backup.restore();
            kept = differing.stream().filter(p -> !restored.contains(p)).toList();
            if (!restored.isEmpty()) {
                var record = Json.object()
                        .put("type", "rollback").put("incident", incident).put("at", Instant.now().toString())
                        .put("restored", restored.size());
                kept.forEach(p -> record.withArray("kept").add(config.home().show(p)));
                journal.append(record);
            }
        } catch (HomeLockedException e) {
            spec.commandLine().getErr().println("autoheal: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.FAILING;
        }
        // each path once: restored (or removed, when the heal created it) or kept, and why
        restored.forEach(p -> out.println((created.contains(p) ? "removed " : "restored ") + config.home().show(p)
                + (created.contains(p) ? " (the heal created it)" : "")));
        kept.forEach(p -> out.println("kept " + config.home().show(p) + ": the heal created this folder, and it now holds files"
                + " the heal did not record; remove it by hand if they are not needed"));
        if (restored.isEmpty() && kept.isEmpty()) {
            out.println("incident " + incident + " is already rolled back: its " + recorded
                    + " backed-up path(s) match the backups; nothing changed");
        } else {
            out.println("rolled back incident " + incident + " (" + restored.size() + " of " + recorded + " entries restored"
                    + (kept.isEmpty() ? "" : ", " + kept.size() + " kept") + ")");
        }
        InstallNote.of(journal.readMatching(incident), incident).ifPresent(out::println);
        out.flush();
        return ExitCode.OK;
    }

    /** {@code rollback last}: the newest journaled incident that has backups (as {@code why last} is the newest incident). */
    private static String last(Journal journal, BackupStore store) {
        List<com.fasterxml.jackson.databind.JsonNode> records = journal.readAll();
        for (int i = records.size() - 1; i >= 0; i--) {
            var r = records.get(i);
            String id = r.path("id").asText("");
            if (!r.path("type").asText().startsWith("incident") || id.isEmpty()) continue;
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
        return journal.readMatching(id).stream().anyMatch(r -> id.equals(r.path("id").asText())
                && (r.path("type").asText().equals("incident") || r.path("type").asText().equals("incident_open")));
    }
}
