package org.autoheal.learn;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class OutcomeStoreTest {
    @TempDir
    Path state;
    OutcomeStore store;
    ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(OutcomeStore.class);

    @BeforeEach
    void setUp() {
        store = new OutcomeStore(state.resolve("nested/state"));
        warnings.start();
        logger.addAppender(warnings);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(warnings);
    }

    static Outcome outcome(int i, String status) {
        return new Outcome(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), "Rule " + i, "cause", "strategy", status, "inc-" + i);
    }

    List<String> warningTexts() {
        return warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void appendsOneJsonObjectPerLine_andReadsThemBack() throws Exception {
        List<Outcome> written = List.of(outcome(1, "healed"), outcome(2, "failed"), outcome(3, "error"),
                new Outcome(Instant.parse("2024-01-02T03:04:05.123Z"), "Règle \"x\"\nnext", "c", null, "healed", null));
        for (Outcome o : written) assertThat(store.record(o)).isTrue();
        assertThat(store.file()).isEqualTo(state.resolve("nested/state/learning/outcomes.jsonl"));
        String text = Files.readString(store.file());
        assertThat(text).endsWith("\n");
        assertThat(text.split("\n")).hasSize(4).allMatch(l -> l.startsWith("{\"at\":\"") && l.endsWith("}"));
        assertThat(store.readAll()).isEqualTo(written);
        assertThat(new OutcomeStore(state.resolve("nested/state")).readAll()).isEqualTo(written);
        assertThat(warnings.list).isEmpty();
    }

    @Test
    void refusedSkippedAndDryRunAreNotRecorded() throws Exception {
        for (String status : List.of("refused", "skipped", "dry_run")) assertThat(store.record(outcome(1, status))).isFalse();
        assertThat(store.file()).doesNotExist();
        assertThat(store.readAll()).isEmpty();
    }

    @Test
    void corruptLinesAreSkippedWithAWarningNamingFileAndLine() throws Exception {
        store.record(outcome(1, "healed"));
        Files.writeString(store.file(), "this is not json\n{\"at\":\"yesterday\",\"rule\":\"r\",\"cause\":\"c\",\"outcome\":\"healed\"}\n"
                + "{\"at\":\"2024-01-01T00:00:00Z\",\"rule\":\"r\",\"cause\":\"c\",\"outcome\":\"refused\"}\n\n[1,2]\n",
                StandardOpenOption.APPEND);
        store.record(outcome(2, "failed"));
        assertThat(store.readAll()).containsExactly(outcome(1, "healed"), outcome(2, "failed"));
        assertThat(warningTexts()).hasSize(4);
        assertThat(warningTexts().get(0)).contains(store.file() + ":2").contains("not valid JSON");
        assertThat(warningTexts().get(1)).contains(store.file() + ":3").contains("ISO-8601");
        assertThat(warningTexts().get(2)).contains(store.file() + ":4").contains("'refused' is not healed, failed or error");
        assertThat(warningTexts().get(3)).contains(store.file() + ":6").contains("not a JSON object");
    }

    @Test
    void tornLastLineIsSkipped_andTheNextAppendStartsAFreshLine() throws Exception {
        store.record(outcome(1, "healed"));
        String full = OutcomeJson.line(outcome(2, "failed"));
        Files.writeString(store.file(), full.substring(0, full.length() / 2), StandardOpenOption.APPEND);
        assertThat(store.readAll()).containsExactly(outcome(1, "healed"));
        assertThat(warningTexts()).singleElement().asString().contains(store.file() + ":2").contains("incomplete last line");

        store.record(outcome(3, "healed"));
        assertThat(store.readAll()).containsExactly(outcome(1, "healed"), outcome(3, "healed"));
    }

    @Test
    void overLongLineIsSkipped() throws Exception {
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "x".repeat(OutcomeReader.MAX_LINE_BYTES + 10) + "\n");
        store.record(outcome(1, "healed"));
        assertThat(store.readAll()).containsExactly(outcome(1, "healed"));
        assertThat(warningTexts()).singleElement().asString().contains(":1").contains("longer than");
    }

    @Test
    void rebuildReplacesTheFileAtomicallyWithTheEvidence() throws Exception {
        store.record(outcome(1, "healed"));
        Files.writeString(store.file(), "garbage", StandardOpenOption.APPEND);
        List<Outcome> recovered = List.of(outcome(5, "failed"), outcome(6, "refused"), outcome(7, "healed"));
        assertThat(store.rebuildFrom(recovered)).isEqualTo(2);
        assertThat(store.readAll()).containsExactly(outcome(5, "failed"), outcome(7, "healed"));
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("outcomes.jsonl");
        }
        store.record(outcome(8, "error"));
        assertThat(store.readAll()).hasSize(3).last().isEqualTo(outcome(8, "error"));
    }

    @Test
    void rebuildCreatesTheFileWhenItWasLost() throws Exception {
        assertThat(store.rebuildFrom(List.of(outcome(1, "healed")))).isEqualTo(1);
        assertThat(store.readAll()).containsExactly(outcome(1, "healed"));
    }

    /** Threads share one store; two stores on one file stand in for two processes (separate APPEND channels). */
    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        OutcomeStore other = new OutcomeStore(state.resolve("nested/state"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            OutcomeStore target = t % 2 == 0 ? store : other;
            int base = t * 1000;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) target.record(outcome(base + i, "healed"));
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        assertThat(store.readAll()).hasSize(240).doesNotHaveDuplicates();
        assertThat(Files.readString(store.file(), StandardCharsets.UTF_8).split("\n")).hasSize(240);
        assertThat(warnings.list).isEmpty();
    }
}
