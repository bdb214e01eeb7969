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

/** The shared corpus of real error outputs: {@code <project root>/../shared/corpus}, else /work/shared/corpus. */
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

    public static Path dir() {
        Path relative = Path.of("").toAbsolutePath().getParent().resolve("shared/corpus");
        if (Files.isRegularFile(relative.resolve("index.json"))) return relative;
        Path fixed = Path.of("/work/shared/corpus");
        if (Files.isRegularFile(fixed.resolve("index.json"))) return fixed;
        throw new IllegalStateException("corpus not found: looked for index.json in " + relative + " and " + fixed
                + "; check out the shared folder next to the project");
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
