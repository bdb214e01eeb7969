package org.autoheal.recover;

import java.util.List;
import java.util.Optional;
import org.autoheal.journal.HealOutcome;
import org.autoheal.journal.JournalRecord;

/**
 * A rollback restores files; a module that {@code install_module} installed stays installed.
 * Said wherever an incident with such an install is rolled back, so nobody thinks it was undone.
 */
final class InstallNote {
    private InstallNote() {
    }

    static Optional<String> of(List<JournalRecord> records, String incident) {
        for (JournalRecord r : records) {
            if (!(r instanceof JournalRecord.Incident i) || !incident.equals(i.id())) continue;
            for (JournalRecord.AttemptEntry a : i.attempts()) {
                if ("install_module".equals(a.strategy()) && HealOutcome.HEALED.is(a.outcome())) {
                    String what = a.params() == null ? null : a.params().get("module");
                    return Optional.of("note: the install of " + (what == null ? "the module" : what) + " by install_module is not undone by rollback;"
                            + " uninstall it with the toolchain's interpreter (python -m pip uninstall) if it must go");
                }
            }
        }
        return Optional.empty();
    }
}
