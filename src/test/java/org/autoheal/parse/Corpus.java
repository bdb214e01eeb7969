package org.autoheal.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real error outputs kept in the repository under {@code src/test/resources/corpus} (the seed: the 40 shared captures). */
public final class Corpus {

    public record Case(String file, String cause, String tool, String command, int exitCode, String exception,
                JsonNode detail, String text) {
        public List<String> argv() {
            return Arrays.asList(command.split(" "));
        }

        public ErrorInput input() {
            return new ErrorInput(tool, argv(), exitCode, text);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private Corpus() {
    }

    /** The 40 seed captures, copied into the repository from the shared corpus. */
    public static Path dir() {
        return dir("seed");
    }

    /** A corpus folder under {@code src/test/resources/corpus}: tests never read outside the repository. */
    public static Path dir(String name) {
        Path dir = Path.of("src/test/resources/corpus", name).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("index.json")))
            throw new IllegalStateException("corpus not found: no index.json in " + dir + "; run the tests from the project root");
        return dir;
    }

    public static List<Case> cases() {
        Path dir = dir();
        try {
            JsonNode index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
            List<Case> out = new ArrayList<>();
            for (JsonNode c : index.get("cases")) {
                String file = c.get("file").asText();
                out.add(new Case(file, c.get("cause").asText(), c.get("tool").asText(), c.get("command").asText(),
                        c.get("exit_code").asInt(), c.get("exception").asText(), c.get("detail"),
                        Files.readString(dir.resolve(file))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + dir + ": " + e.getMessage(), e);
        }
    }
}
