package org.autoheal.recover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.autoheal.backup.AtomicFiles;
import org.autoheal.backup.Backup;
import org.autoheal.backup.RollbackPolicy;
import org.autoheal.backup.RollbackResult;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.Home;
import org.autoheal.config.HomeConfig;
import org.autoheal.journal.Journal;

/**
 * Finishes what a killed AutoHeal left open. For each {@link Unfinished} incident: a fix that
 * was never verified is rolled back from the incident's backup (only the files that differ),
 * leftover temp files are removed, and what was done is journaled as a {@code recovered}
 * record and told to the operator. What cannot be put back is reported, never dropped.
 * Run it while holding the {@link org.autoheal.state.HomeLock}: otherwise an incident that
 * another process is healing right now looks interrupted.
 */
final class Recovery {
    private final Home home;
    private final HomeConfig config;
    private final Journal journal;
    private final BackupStore store;

    /** Without today's config: a pip run on record ({@code state/pip.json}) is refused, never trusted. */
    public Recovery(Home home, Journal journal, BackupStore store) {
        this(home, null, journal, store);
    }

    /** With today's config, which a pip run on record is checked against before anything is run. */
    public Recovery(HomeConfig config, Journal journal, BackupStore store) {
        this(config.home(), config, journal, store);
    }

    private Recovery(Home home, HomeConfig config, Journal journal, BackupStore store) {
        this.home = home;
        this.config = config;
        this.journal = journal;
        this.store = store;
    }

    /** Recovers every unfinished incident, oldest first; each result is journaled, then told to {@code say}. */
    public List<Recovered> run(Consumer<String> say) {
        try { // AutoHeal's own state (flapping.json) is written atomically too: a kill can leave its temp
            AtomicFiles.removeLeftoverTempsIn(home.state());
        } catch (IOException e) {
            // a stale temp in state/ harms nothing: nothing reads it
        }
        List<Recovered> done = new ArrayList<>();
        for (Unfinished u : Unfinished.in(journal.readAll())) {
            Recovered r = "install_module".equals(u.applying()) && !u.verifiedHealed()
                    ? new InstallRecovery(home, config, InstallRecovery.PIP).recover(u, say)
                    .or(() -> new InstallRecovery(home, config, InstallRecovery.NPM).recover(u, say))
                    .orElseGet(() -> recover(u)) : recover(u);
            journal.append(r.toJson());
            say.accept(r.describe());
            done.add(r);
        }
        return done;
    }

    Recovered recover(Unfinished u) {
        Path folder;
        try {
            folder = store.folder(u.id());
        } catch (IllegalArgumentException e) {
            return result(u, Recovered.REPORTED, List.of(), "the journal names an invalid incident id; nothing was touched");
        }
        if (!Files.exists(folder.resolve("manifest.json"))) {
            try { // killed while writing the first copy or the manifest: nothing lists the copy, nothing was changed
                AtomicFiles.removeLeftoverTempsIn(folder);
            } catch (IOException e) {
                // a temp left in the backup folder harms nothing: nothing reads it
            }
            if (u.applying() != null && !u.verifiedHealed()) {
                return result(u, Recovered.REPORTED, List.of(), "interrupted while applying " + u.applying() + " ("
                        + u.applyingPlan() + "), which changes no file AutoHeal backs up (e.g. a pip install or a "
                        + "service restart); the next repair runs the toolchain again and heals what is still broken");
            }
            return result(u, Recovered.NOTHING_CHANGED, List.of(), "no file was backed up, so none was changed");
        }
        Backup backup;
        try {
            backup = store.load(u.id());
        } catch (IOException | RuntimeException e) {
            return result(u, Recovered.REPORTED, List.of(), "cannot read the backup: " + e.getMessage()
                    + "; check the files of toolchain " + u.tool() + " by hand");
        }
        int temps = backup.removeLeftoverTemps();
        try {
            temps += AtomicFiles.removeLeftoverTempsIn(backup.folder()).size();
        } catch (IOException e) {
            // a temp left in the backup folder harms nothing: nothing reads it
        }
        String cleaned = temps == 0 ? "" : "; removed " + temps + " leftover temp file(s)";
        List<String> changed = backup.changed();
        if (u.verifiedHealed()) {
            return result(u, Recovered.KEPT_HEALED, changed, "the fix was verified before the process died; kept" + cleaned);
        }
        if (changed.isEmpty()) {
            return result(u, Recovered.NOTHING_CHANGED, changed, "every backed-up file is as before the incident" + cleaned);
        }
        RollbackResult r = backup.restore(RollbackPolicy.KEEP_COPIES);
        String kept = r.kept().isEmpty() ? "" : "; kept the content found meanwhile as "
                + String.join(", ", r.kept().stream().map(home::show).toList());
        if (!r.refused().isEmpty()) {
            return result(u, Recovered.REPORTED, changed, "not restored: " + String.join("; ", r.refused()) + kept);
        }
        return result(u, Recovered.ROLLED_BACK, changed, "the fix was never verified; restored from "
                + home.show(backup.folder()) + kept + cleaned);
    }

    private static Recovered result(Unfinished u, String action, List<String> files, String detail) {
        return new Recovered(u.id(), u.tool(), action, files, detail);
    }
}
