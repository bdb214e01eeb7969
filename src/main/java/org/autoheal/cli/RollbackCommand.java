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
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autoheal rollback INCIDENT}: restore every file an incident backed up, byte-identical, and journal it. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Restore the backups of an incident.")
final class RollbackCommand implements Callable<Integer> {
    @ParentCommand AutoHealCommand top;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INCIDENT", description = "an incident id (see autoheal history)") String incident;

    @Override
    public Integer call() throws IOException {
        HomeConfig config = HomeConfig.load(top.home());
        BackupStore store = new BackupStore(config.home().root(), config.settings().limits().maxBackupBytes());
        try {
            BackupStore.checkIncidentId(incident);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("not an incident id: " + e.getMessage());
        }
        if (!Files.exists(store.folder(incident).resolve("manifest.json"))) {
            throw new ConfigException("incident " + incident + " has no backups in " + config.home().show(store.folder(incident)));
        }
        Backup backup = store.load(incident);
        List<Path> restored = backup.restore();
        new Journal(config.home().journal(), config.settings().limits().maxJournalLineBytes()).append(Json.object()
                .put("type", "rollback").put("incident", incident).put("at", Instant.now().toString())
                .put("restored", restored.size()));
        PrintWriter out = spec.commandLine().getOut();
        restored.forEach(p -> out.println("restored " + p));
        out.println("rolled back incident " + incident + " (" + restored.size() + " entries)");
        out.flush();
        return ExitCode.OK;
    }
}
