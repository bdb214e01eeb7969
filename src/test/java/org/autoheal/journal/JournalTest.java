package org.autoheal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.autoheal.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir Path dir;

    @Test
    void concurrentAppends_eachRecordExactlyOnce_andWhole() throws Exception {
        Journal j = new Journal(dir.resolve("logs/journal.jsonl"), 1 << 20);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 250; i++) j.append(Json.object().put("type", "x").put("id", thread + "-" + i).put("pad", "p".repeat(i * 7)));
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : j.readAll()) assertThat(ids.add(n.get("id").asText())).isTrue();
        assertThat(ids).hasSize(2000);
        assertThat(Files.readAllLines(j.file())).hasSize(2000);
    }

    @Test
    void anOversizedRecordKeepsItsIdentity_andACorruptLineIsSkipped() throws Exception {
        Journal j = new Journal(dir.resolve("j.jsonl"), 200);
        j.append(Json.object().put("type", "incident").put("id", "a").put("raw", "r".repeat(500)));
        Files.writeString(j.file(), "{\"torn\": tr\n", StandardOpenOption.APPEND);
        j.append(Json.object().put("type", "incident").put("id", "b"));
        var all = j.readAll();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("id").asText()).isEqualTo("a");
        assertThat(all.get(0).get("truncated").asText()).contains("max_journal_line_bytes");
        assertThat(all.get(1).get("id").asText()).isEqualTo("b");
    }

    @Test
    void aDamagedFile_overlongLineInvalidUtf8AndTornEnd_stillYieldsEveryGoodRecord() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal j = new Journal(file, 1024); // reads lines up to 4 MiB
        j.append(Json.object().put("type", "x").put("id", "a"));
        try (var out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            byte[] huge = new byte[6 << 20];
            java.util.Arrays.fill(huge, (byte) 'x');
            out.write(huge); // 6 MiB without a newline, then one
            out.write('\n');
            out.write("{\"type\":\"x\",\"id\":\"b\",\"note\":\"".getBytes());
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}); // invalid UTF-8 inside a string
            out.write("\"}\n".getBytes());
        }
        j.append(Json.object().put("type", "x").put("id", "c"));
        Files.writeString(file, "{\"type\":\"x\",\"id\":\"torn", StandardOpenOption.APPEND);

        assertThat(j.readAll()).extracting(n -> n.get("id").asText()).containsExactly("a", "b", "c");
        assertThat(j.readMatching("\"c\"")).extracting(n -> n.get("id").asText()).containsExactly("c");
    }
}
