package org.autoheal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.autoheal.heal.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What AutoHeal hands an embedder cannot be changed behind the journal's back. */
class AutoHealViewsTest {
    @TempDir Path home;

    @Test
    void whenAnErrorIsReported_thenTheIncidentAndTheConfigInServiceAreReadOnly() {
        AutoHeal ah = AutoHeal.open(home);
        Incident i = ah.report(null, "ModuleNotFoundError: No module named 'yaml'\n", 1, false);
        assertThat(i.outcome()).isEqualTo(Incident.DIAGNOSED);
        assertThatThrownBy(() -> i.attempts().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ah.history(null, null).incidents().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ah.config().toolchains().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ah.config().services().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ah.config().patterns().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ah.history(null, null).incidents()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("diagnosed"));
    }
}
