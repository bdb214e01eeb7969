package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autoheal.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rollback trusts: today's roots, and a file only while it holds what the heal left. */
class RollbackTrustTest {
    private static final String ID = "20261201T000000Z-t-1";
    @TempDir Path tmp;
    Path home;
    Path extra;
    BackupStore store;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(tmp.resolve("home")).toRealPath();
        extra = Files.createDirectories(tmp.resolve("extra-root")).toRealPath();
        Files.createDirectories(home.resolve("proj"));
        store = new BackupStore(home, 1 << 20, Map.of("t", List.of(home.resolve("proj"), extra)));
    }

    /** save, heal (write), record what the heal left: as the Healer does. */
    Path healed(Path file) throws IOException {
        Files.writeString(file, "original\n");
        Backup b = store.open(ID, "t");
        b.save(file, file.getFileName().toString());
        Files.writeString(file, "healed\n");
        b.recordHealed();
        return file;
    }

    @Test
    void whenTheFileStillHoldsWhatTheHealWrote_thenCheckedRollbackRestoresIt() throws IOException {
        Path f = healed(home.resolve("proj/a.txt"));
        RollbackResult r = store.load(ID).restore(RollbackPolicy.CHECKED);
        assertThat(r.refused()).isEmpty();
        assertThat(r.restored()).containsExactly(f);
        assertThat(f).hasContent("original");
    }

    @Test
    void whenEditedAfterTheHeal_thenCheckedRefusesNamingIt_andKeepCopiesSavesTheEditFirst() throws IOException {
        Path f = healed(home.resolve("proj/a.txt"));
        Files.writeString(f, "edited by hand\n");

        RollbackResult refused = store.load(ID).restore(RollbackPolicy.CHECKED);
        assertThat(refused.refused()).singleElement().asString().startsWith("proj/a.txt: changed since the heal wrote it")
                .contains("--force");
        assertThat(f).hasContent("edited by hand");

        RollbackResult forced = store.load(ID).restore(RollbackPolicy.KEEP_COPIES);
        assertThat(forced.refused()).isEmpty();
        assertThat(f).hasContent("original");
        assertThat(forced.kept()).singleElement().satisfies(k -> assertThat(k).hasContent("edited by hand"));
    }

    @Test
    void aFileInARootOutsideTheHome_isNamedByItsRoot_andRefusedOnceThatRootIsNoLongerConfigured() throws IOException {
        Path f = healed(extra.resolve("b.txt"));
        JsonNode entry = Json.MAPPER.readTree(store.folder(ID).resolve("manifest.json").toFile()).get("entries").get(0);
        assertThat(entry.get("root").asText()).isEqualTo(extra.toString());
        assertThat(entry.get("path").asText()).isEqualTo("b.txt");
        assertThat(entry.get("healed").get("sha256").asText()).isEqualTo(Backup.sha256("healed\n".getBytes()));

        BackupStore today = new BackupStore(home, 1 << 20, Map.of("t", List.of(home.resolve("proj"))));
        assertThat(today.load(ID).restore(RollbackPolicy.KEEP_COPIES).refused()).singleElement().asString()
                .contains("not one of today's roots");
        assertThat(f).hasContent("healed");
        assertThat(store.load(ID).restore(RollbackPolicy.CHECKED).restored()).containsExactly(f);
    }

    @Test
    void aFormatOneManifest_isStillRead_insideTodaysRootsOnly_andAsksForForceWithoutAHealedRecord() throws IOException {
        Path f = home.resolve("proj/old.txt");
        Files.writeString(f, "healed by an older AutoHeal\n");
        Path folder = Files.createDirectories(store.folder(ID));
        Files.writeString(folder.resolve("001-old.txt"), "original\n");
        Files.writeString(folder.resolve("manifest.json"), "{\"incident\": \"" + ID + "\", \"created_at\": \"x\", \"entries\": ["
                + "{\"path\": \"" + f + "\", \"sha256\": \"" + Backup.sha256("original\n".getBytes()) + "\", \"size\": 9,"
                + " \"mode\": \"0644\", \"copy\": \"001-old.txt\", \"created\": false, \"mode_only\": false}]}");

        assertThat(store.load(ID).restore(RollbackPolicy.CHECKED).refused()).singleElement().asString()
                .contains("does not record what the heal left").contains("--force");
        assertThat(store.load(ID).restore(RollbackPolicy.KEEP_COPIES).restored()).containsExactly(f);
        assertThat(f).hasContent("original");
    }
}
