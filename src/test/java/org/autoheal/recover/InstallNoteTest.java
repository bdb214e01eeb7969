package org.autoheal.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autoheal.json.Json;
import org.junit.jupiter.api.Test;

/** A rollback says that a module install_module installed stays installed. */
class InstallNoteTest {
    @Test
    void anInstallNoteSaysTheInstallStays() throws Exception {
        var record = org.autoheal.journal.JournalRecords.of(Json.MAPPER.readTree("{\"type\": \"incident\", \"id\": \"i-1\", \"attempts\": [{\"strategy\": \"install_module\", "
                + "\"outcome\": \"healed\", \"params\": {\"module\": \"yaml\"}}]}"));
        assertThat(InstallNote.of(List.of(record), "i-1")).contains("note: the install of yaml by install_module is not undone by rollback;"
                + " uninstall it with the toolchain's interpreter (python -m pip uninstall) if it must go");
        assertThat(InstallNote.of(List.of(record), "i-2")).isEmpty();
    }
}
