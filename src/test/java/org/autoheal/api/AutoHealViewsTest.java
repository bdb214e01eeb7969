package org.autoheal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.autoheal.flap.FlapSnapshot;
import org.autoheal.flap.FlapStatus;
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

    @Test
    void whenHealsFailUntilTheBreakerOpens_thenTheFlappingViewShowsIt_andDoesNotChangeAfterwards() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"true\"]}}}");
        AutoHeal ah = AutoHeal.open(home);
        FlapSnapshot before = ah.flapping();
        assertThat(before.status("build")).get().satisfies(s -> assertThat(s.quiet()).isTrue());
        assertThat(before.breakersOpen()).isZero();

        for (int i = 0; i < 3; i++) DaemonAccess.flapGuard(ah).recorded("build", "permission", false); // the daemon's path
        FlapSnapshot after = ah.flapping();
        FlapStatus build = after.status("build").orElseThrow();
        assertThat(build.needsAttention()).isTrue();
        assertThat(build.breakerCause()).isEqualTo("permission");
        assertThat(build.healsInWindow()).isEqualTo(3);
        assertThat(build.causes()).singleElement().satisfies(c -> assertThat(c.failures()).isEqualTo(3));
        assertThat(after.breakersOpen()).isEqualTo(1);

        assertThat(before.status("build").orElseThrow().quiet()).as("a snapshot is not a live view").isTrue();
        assertThatThrownBy(() -> after.tools().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> build.causes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(after.status("nothing")).isEmpty();
    }
}
