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

/**
 * Real error outputs kept in the repository under {@code src/test/resources/corpus}: {@code seed} (the 40 shared
 * captures) and {@code captured} (the training corpus written by {@code scripts/corpus/capture.py}, with a
 * train/holdout split and an ecosystem per case).
 */
public final class Corpus {

    /**
     * One capture. {@code split} is "train" or "holdout", or "fresh_train" / "fresh_holdout" ("fresh2_train" / "fresh2_holdout") for the fresh sets ("all" for a corpus without a split); {@code ecosystem}
     * is the language or tool family ("" when the index does not say); {@code argvList} is the argv as the shell
     * parsed it when the index records it, else null. {@code pasted} marks text a user pasted (the last line or
     * lines of a real output, scenarios/fresh5.py): no tool, argv or exit code goes with it.
     */
    public record Case(String file, String cause, String tool, String command, int exitCode, String exception,
                JsonNode detail, String text, String split, String ecosystem, List<String> argvList, boolean pasted) {
        public Case(String file, String cause, String tool, String command, int exitCode, String exception,
                    JsonNode detail, String text, String split, String ecosystem, List<String> argvList) {
            this(file, cause, tool, command, exitCode, exception, detail, text, split, ecosystem, argvList, false);
        }

        public List<String> argv() {
            if (pasted) return List.of();
            return argvList != null ? argvList : Arrays.asList(command.split(" "));
        }

        /** What the diagnosis gets: a pasted text alone, as {@code autoheal diagnose TEXT} gets it. */
        public ErrorInput input() {
            return pasted ? new ErrorInput(null, null, null, text) : new ErrorInput(tool, argv(), exitCode, text);
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
        return cases("seed");
    }

    /** The cases of the corpus folder {@code name} (e.g. "seed" or "captured"). */
    public static List<Case> cases(String name) {
        Path dir = dir(name);
        try {
            JsonNode index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
            List<Case> out = new ArrayList<>();
            for (JsonNode c : index.get("cases")) {
                String file = c.get("file").asText();
                List<String> argv = null;
                if (c.has("argv")) {
                    argv = new ArrayList<>();
                    for (JsonNode a : c.get("argv")) argv.add(a.asText());
                }
                out.add(new Case(file, c.get("cause").asText(), c.get("tool").asText(), c.get("command").asText(),
                        c.path("exit_code").asInt(0), c.get("exception").asText(), c.get("detail"),
                        Files.readString(dir.resolve(file)), c.path("split").asText("all"),
                        c.path("ecosystem").asText(""), argv, c.path("pasted").asBoolean(false)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + dir + ": " + e.getMessage(), e);
        }
    }
}
