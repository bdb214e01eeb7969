package org.autoheal.recover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.autoheal.backup.Backup;
import org.autoheal.backup.BackupStore;
import org.autoheal.config.Home;
import org.autoheal.json.Json;
import org.autoheal.journal.Journal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journals and backups as a killed AutoHeal leaves them, and what recovery makes of them. */
class RecoveryTest {
    @TempDir Path dir;
    Home home;
    Journal journal;
    BackupStore store;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void setUp() {
        home = new Home(dir);
        journal = new Journal(home.journal(), 1 << 20);
        store = new BackupStore(dir);
    }

    void open(String id) {
        journal.append(Json.object().put("type", "incident_open").put("id", id).put("tool", "t").put("at", "2026-01-01T00:00:00Z"));
    }

    Path file(String name, String text, String mode) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
        return p;
    }

    List<Recovered> recover() {
        return new Recovery(home, journal, store).run(said::add);
    }

    @Test
    void unverifiedChangeIsRolledBack_tempRemoved_journaled_once() throws Exception {
        Path a = file("work/a.txt", "original\n", "rw-r-----");
        open("i1");
        store.open("i1").save(a, "a.txt");
        journal.append(Json.object().put("type", "apply").put("incident", "i1").put("strategy", "repair_json").put("plan", "p"));
        Files.writeString(a, "changed\n");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r--r--"));
        Path temp = Files.writeString(dir.resolve("work/.a.txt.autoheal-0123456789abcdef.tmp"), "half");

        List<Recovered> r = recover();

        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.ROLLED_BACK);
            assertThat(x.files()).containsExactly("work/a.txt");
            assertThat(x.detail()).contains("removed 1 leftover temp file");
        });
        assertThat(Files.readString(a)).isEqualTo("original\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-r-----");
        assertThat(temp).doesNotExist();
        assertThat(said).singleElement().asString().contains("recovered interrupted incident i1 [t]: rolled_back work/a.txt");
        assertThat(Files.readString(home.journal())).contains("\"type\":\"recovered\"").contains("\"action\":\"rolled_back\"");
        assertThat(recover()).as("recovered once only").isEmpty();
    }

    @Test
    void finishedIncidentsAreNotTouched_andAFileCreatedByTheHealIsRemoved() throws Exception {
        Path done = file("work/done.txt", "x", "rw-r--r--");
        open("fin");
        store.open("fin").save(done, "done.txt");
        Files.writeString(done, "healed");
        journal.append(Json.object().put("type", "incident").put("id", "fin").put("outcome", "healed"));
        open("i2");
        Path created = dir.resolve("work/new/settings.json");
        store.open("i2").recordCreated(created);
        Files.createDirectories(created.getParent());
        Files.writeString(created, "{}");

        assertThat(recover()).singleElement().satisfies(x -> {
            assertThat(x.incident()).isEqualTo("i2");
            assertThat(x.action()).isEqualTo(Recovered.ROLLED_BACK);
        });
        assertThat(created).doesNotExist();
        assertThat(dir.resolve("work/new")).doesNotExist();
        assertThat(Files.readString(done)).isEqualTo("healed");
    }

    @Test
    void verifiedFixIsKept_evenWithoutTheFinalRecord() throws Exception {
        Path a = file("a.txt", "broken", "rw-r--r--");
        open("i3");
        store.open("i3").save(a, "a.txt");
        Files.writeString(a, "fixed");
        journal.append(Json.object().put("type", "attempt").put("incident", "i3").put("outcome", "healed"));
        assertThat(recover()).singleElement().extracting(Recovered::action).isEqualTo(Recovered.KEPT_HEALED);
        assertThat(Files.readString(a)).isEqualTo("fixed");
    }

    @Test
    void killedWhileWritingTheFirstCopy_nothingChanged_andTheCopysTempIsRemoved() throws Exception {
        open("i5");
        Path folder = Files.createDirectories(store.folder("i5"));
        Path temp = Files.writeString(folder.resolve(".001-a.txt.autoheal-00112233445566ff.tmp"), "half a copy");
        assertThat(recover()).singleElement().extracting(Recovered::action).isEqualTo(Recovered.NOTHING_CHANGED);
        assertThat(temp).doesNotExist();
    }

    @Test
    void processStrategyInterruptedIsReported_andNoBackupMeansNothingChanged() {
        open("pip");
        journal.append(Json.object().put("type", "apply").put("incident", "pip").put("strategy", "install_module")
                .put("plan", "pip install PyYAML"));
        open("early");
        List<Recovered> r = recover();
        assertThat(r).extracting(Recovered::action).containsExactly(Recovered.REPORTED, Recovered.NOTHING_CHANGED);
        assertThat(r.get(0).detail()).contains("install_module").contains("pip install PyYAML");
    }

    @Test
    void corruptBackupCopyIsReported_andTheFileLeftAsItIs() throws Exception {
        Path a = file("a.txt", "original", "rw-r--r--");
        open("i4");
        Backup b = store.open("i4");
        b.save(a, "a.txt");
        Files.writeString(b.folder().resolve(b.entries().get(0).copy()), "tampered");
        Files.writeString(a, "changed");
        assertThat(recover()).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo(Recovered.REPORTED);
            assertThat(x.files()).containsExactly("a.txt");
            assertThat(x.detail()).contains("does not match its recorded sha256");
        });
        assertThat(Files.readString(a)).isEqualTo("changed");
    }
}
