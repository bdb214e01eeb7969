package org.autoheal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.autoheal.config.ConfigException;
import org.autoheal.json.Json;
import org.autoheal.heal.Approver;
import org.autoheal.heal.RepairReport;
import org.autoheal.history.HistoryRow;
import org.autoheal.recover.RollbackReport;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedder reads the history and rolls an incident back through {@link AutoHeal}, as the CLI does. */
@Tag(Tags.PROCESS)
class AutoHealRollbackHistoryTest {
    @TempDir Path home;

    @BeforeEach
    void unexecutableScript() throws Exception {
        Files.createDirectories(home.resolve("tools"));
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("tools/run.sh"), "#!/bin/sh\necho ok\n");
        Files.setPosixFilePermissions(home.resolve("tools/run.sh"), PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(home.resolve("config/toolchains.json"), "{\"toolchains\": {\"build\": {\"command\": [\"./tools/run.sh\"]}}}");
    }

    String mode() throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tools/run.sh")));
    }

    String heal(AutoHeal ah) {
        RepairReport report = ah.healing("repair", () -> ah.repair(List.copyOf(ah.config().toolchains().values()),
                Approver.ALWAYS, false, line -> { }));
        assertThat(report.allGood()).as(report.toolchains().toString()).isTrue();
        return report.incidents().get(0).id();
    }

    @Test
    void whenHealed_thenHistoryRowNamesCauseAndStrategy_asHistoryJsonShowsIt() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        String id = heal(ah);
        List<HistoryRow> rows = ah.history(null, null).incidents();
        assertThat(rows).hasSize(1);
        HistoryRow row = rows.get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.tool()).isEqualTo("build");
        assertThat(row.outcome()).isEqualTo("healed");
        assertThat(row.cause()).isEqualTo("permission");
        assertThat(row.strategy()).isEqualTo("fix_permissions");
        assertThat(row.rolledBack()).isZero();
        assertThat(row.recovery()).isNull();
        JsonNode json = Json.MAPPER.valueToTree(row);
        assertThat(json.fieldNames()).toIterable().containsExactly("id", "tool", "at", "outcome", "cause", "strategy", "rolled_back");
        assertThat(ah.history("other", null).incidents()).isEmpty();
        assertThat(ah.history(null, 0).incidents()).isEmpty();
        assertThat(ah.history(null, null).pending()).isZero();
        assertThatThrownBy(() -> rows.add(row)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenRolledBack_thenTheModeIsRestored_historyCountsIt_andASecondRollbackChangesNothing() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        String id = heal(ah);
        assertThat(mode()).isEqualTo("rwxr-x---");

        RollbackReport first = ah.rollback(org.autoheal.recover.IncidentRollback.LAST, false);
        assertThat(first.incident()).isEqualTo(id);
        assertThat(first.recorded()).isEqualTo(1);
        assertThat(first.restored()).containsExactly(home.resolve("tools/run.sh"));
        assertThat(first.refused()).isEmpty();
        assertThat(first.changed()).isTrue();
        assertThat(first.installNote()).isEmpty();
        assertThat(mode()).isEqualTo("rw-r-----");
        assertThat(ah.history(null, null).incidents().get(0).rolledBack()).isEqualTo(1);
        assertThat(org.autoheal.state.HomeLock.heldBy(ah.config().home())).isEmpty();

        RollbackReport second = ah.rollback(id, false);
        assertThat(second.alreadyRolledBack()).isTrue();
        assertThat(second.changed()).isFalse();
        assertThat(mode()).isEqualTo("rw-r-----");
        assertThat(ah.history(null, null).incidents().get(0).rolledBack()).isEqualTo(1);
    }

    @Test
    void whenIncidentUnknownOrMalformed_thenConfigException_andNothingChanges() throws Exception {
        AutoHeal ah = AutoHeal.open(home);
        assertThatThrownBy(() -> ah.rollback("last", false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no incident with backups");
        assertThatThrownBy(() -> ah.rollback("nosuch", false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such incident nosuch");
        assertThatThrownBy(() -> ah.rollback("../etc", false)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not an incident id");
        assertThat(mode()).isEqualTo("rw-r-----");
        assertThat(home.resolve("logs/autoheal/journal.jsonl")).doesNotExist();
    }
}
