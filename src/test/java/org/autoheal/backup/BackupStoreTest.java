package org.autoheal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupStoreTest {

    private static final String INCIDENT = "20261125T190512Z-build-1";

    @TempDir
    Path tmp;
    private Path home;
    private Path work;
    private BackupStore store;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        work = Files.createDirectories(home.resolve("work")); // the home is the store's only root
        store = new BackupStore(home);
    }

    @Test
    void whenFileIsSavedModifiedAndRestored_thenContentAndModeAreByteIdentical() throws IOException {
        Path file = work.resolve("data.bin");
        byte[] original = allByteValues();
        Files.write(file, original);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        Backup backup = store.open(INCIDENT);
        BackupEntry entry = backup.save(file, "data.bin");
        Files.writeString(file, "changed by the heal");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxrwxrwx"));
        backup.restore();

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(AtomicFiles.mode(file)).isEqualTo(0640);
        assertThat(entry.mode()).isEqualTo("0640");
        assertThat(entry.size()).isEqualTo(256);
        assertThat(home.resolve("backups/autoheal/" + INCIDENT + "/" + entry.copy())).exists();
        assertThat(work).isDirectoryContaining(p -> p.getFileName().toString().equals("data.bin"));
        try (var files = Files.list(work)) {
            assertThat(files.count()).as("no temp or .bak file beside the original").isEqualTo(1);
        }
    }

    @Test
    void whenManifestIsReloadedFromDisk_thenItDescribesEachOriginalAndCanRestore() throws IOException {
        Path file = work.resolve("config.json");
        Files.writeString(file, "{\"a\": 1}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        store.open(INCIDENT).save(file, "config.json"); // no close: each save is already on disk
        Files.writeString(file, "{broken");

        Backup loaded = new BackupStore(home).load(INCIDENT);
        JsonNode manifest = new ObjectMapper().readTree(loaded.manifest().toFile());
        JsonNode entry = manifest.get("entries").get(0);
        loaded.restore();

        assertThat(manifest.get("incident").asText()).isEqualTo(INCIDENT);
        assertThat(manifest.get("created_at").asText()).isNotBlank();
        assertThat(manifest.get("format").asInt()).isEqualTo(2);
        assertThat(entry.get("path").asText()).as("relative to the home, so a copied home restores into itself")
                .isEqualTo("work/config.json");
        assertThat(entry.get("sha256").asText()).isEqualTo(Backup.sha256("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(entry.get("size").asLong()).isEqualTo(8);
        assertThat(entry.get("mode").asText()).isEqualTo("0644");
        assertThat(entry.get("copy").asText()).isEqualTo("001-config.json");
        assertThat(entry.get("created").asBoolean()).isFalse();
        assertThat(entry.get("mode_only").asBoolean()).isFalse();
        assertThat(file).hasContent("{\"a\": 1}");
    }

    @Test
    void whenHealCreatedFilesAndFolders_thenRestoreRemovesThem() throws IOException {
        Path created = work.resolve("cache/sub/out.txt");
        Backup backup = store.open(INCIDENT);
        backup.recordCreated(created);
        Files.createDirectories(created.getParent());
        Files.writeString(created, "new");

        backup.restore();

        assertThat(work.resolve("cache")).doesNotExist();
        assertThat(work).exists();
        assertThat(backup.entries()).extracting(BackupEntry::path).containsExactly(
                "work/cache", "work/cache/sub", "work/cache/sub/out.txt");
    }

    @Test
    void whenCreatedFolderGotOtherFiles_thenItIsKept() throws IOException {
        Path folder = work.resolve("made");
        Backup backup = store.open(INCIDENT);
        backup.recordCreated(folder);
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("user.txt"), "not the heal's");

        backup.restore();

        assertThat(folder.resolve("user.txt")).hasContent("not the heal's");
    }

    @Test
    void whenPathAlreadyExists_thenRecordCreatedRefusesSoRollbackCannotDeleteIt() throws IOException {
        Path file = Files.writeString(work.resolve("existing.txt"), "user data");

        assertThatThrownBy(() -> store.open(INCIDENT).recordCreated(file))
                .isInstanceOf(BackupException.class).hasMessageContaining("already exists");
    }

    @Test
    void whenOnlyTheModeChanges_thenRestoreBringsTheOldModeBack() throws IOException {
        Path script = Files.writeString(work.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

        Backup backup = store.open(INCIDENT);
        BackupEntry entry = backup.saveModeOnly(script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        store.load(INCIDENT).restore();

        assertThat(AtomicFiles.mode(script)).isEqualTo(0644);
        assertThat(entry.modeOnly()).isTrue();
        assertThat(entry.copy()).isNull();
        assertThat(entry.mode()).isEqualTo("0644");
    }

    @Test
    void whenSameFileIsSavedTwice_thenTheFirstCopyTheTrueOriginalWins() throws IOException {
        Path file = Files.writeString(work.resolve("a.py"), "original");
        store.open(INCIDENT).save(file, "a.py");
        Files.writeString(file, "first attempt");

        Backup again = store.open(INCIDENT); // a later attempt in the same incident
        again.save(file, "a.py");
        Files.writeString(file, "second attempt");
        again.restore();

        assertThat(again.entries()).hasSize(1);
        assertThat(file).hasContent("original");
    }

    @Test
    void whenFileIsOverTheLimit_thenBackupIsRefusedAndNothingWritten() throws IOException {
        Path big = Files.write(work.resolve("big.bin"), new byte[2048]);
        Backup backup = new BackupStore(home, 1024).open(INCIDENT);

        assertThatThrownBy(() -> backup.save(big, "big.bin"))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining(big.toString())
                .hasMessageContaining("over the backup limit of 1024 bytes");
        assertThat(home.resolve("backups")).doesNotExist();
    }

    @Test
    void whenCopyWasCorrupted_thenRestoreRefusesToWriteItAndSaysWhy() throws IOException {
        Path file = Files.writeString(work.resolve("b.txt"), "good");
        Backup backup = store.open(INCIDENT);
        BackupEntry entry = backup.save(file, "b.txt");
        Files.writeString(file, "healed");
        Files.writeString(backup.folder().resolve(entry.copy()), "tampered");

        assertThatThrownBy(backup::restore).isInstanceOf(BackupException.class)
                .hasMessageContaining("work/b.txt").hasMessageContaining("sha256");
        assertThat(file).hasContent("healed");
    }

    @Test
    void whenManifestPointsOutsideItsFolder_thenLoadRefusesIt() throws IOException {
        Path file = Files.writeString(work.resolve("c.txt"), "c");
        Backup backup = store.open(INCIDENT);
        backup.save(file, "c.txt");
        String json = Files.readString(backup.manifest()).replace("001-c.txt", "../../../etc/passwd");
        Files.writeString(backup.manifest(), json);

        assertThatThrownBy(() -> store.load(INCIDENT)).isInstanceOf(BackupException.class)
                .hasMessageContaining("bad copy name");
    }

    @Test
    void whenIncidentHasNoBackup_thenLoadSaysSo() {
        assertThatThrownBy(() -> store.load("nothing-here")).isInstanceOf(BackupException.class)
                .hasMessageContaining("no backup for incident nothing-here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "../x", "a/b", "a..b", "a b", "a\0b", "é"})
    void whenIncidentIdIsUnsafe_thenItIsRefused(String id) {
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid incident id");
    }

    @Test
    void whenIncidentIdIsTooLong_thenItIsRefused() {
        assertThatThrownBy(() -> store.folder("a".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.folder("a".repeat(100))).hasFileName("a".repeat(100));
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
