package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.autoheal.facts.ToolchainError;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real output of the shared corpus gives the details the index says a good parser extracts. */
class CorpusParsingTest {
    /** Detail keys that are diagnoses (decided by rules from extracted facts), not extraction. */
    private static final Set<String> DECISIONS = Set.of("kind", "moved_to", "found_in", "package_dir",
            "distribution", "distribution_of_also", "missing_dir");

    static List<Corpus.Case> cases() {
        return Corpus.cases();
    }

    @Test
    void corpusIsThereAndCoversEveryCause() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40)
                .extracting(Corpus.Case::cause).contains("missing_module", "permission", "syntax", "connection",
                        "file_not_found", "json_format", "import_error", "websocket", "negative");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheIndexedDetails(Corpus.Case c) {
        ToolchainError e = ErrorParsers.parse(c.input());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(e.getTool()).isEqualTo(c.tool());
        soft.assertThat(e.getExitCode()).isEqualTo(c.exitCode());
        soft.assertThat(e.getCommand()).isEqualTo(c.command());
        assertException(soft, c, e);
        for (Iterator<Map.Entry<String, JsonNode>> it = c.detail().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            assertDetail(soft, c, e, d.getKey(), d.getValue());
        }
        if (c.cause().equals("negative")) {
            soft.assertThat(e.getModule()).as("negative: no module").isNull();
            soft.assertThat(e.getPath()).as("negative: no path").isNull();
            soft.assertThat(e.getOtherModules()).as("negative: no other modules").isEmpty();
        }
        soft.assertAll();
    }

    /** The indexed exception is one of the types, or starts "type: message"; if the output never prints it, the command does. */
    private static void assertException(SoftAssertions soft, Corpus.Case c, ToolchainError e) {
        String printed = e.getType() == null ? e.getMessage() : e.getType() + ": " + e.getMessage();
        if (c.text().contains(c.exception())) {
            soft.assertThat(e.getTypes().contains(c.exception()) || (printed != null && printed.startsWith(c.exception())))
                    .as("exception %s in types %s or prefix of '%s'", c.exception(), e.getTypes(), printed).isTrue();
        } else {
            soft.assertThat(c.command()).as("exception named only by the command").contains(c.exception());
        }
    }

    private static void assertDetail(SoftAssertions soft, Corpus.Case c, ToolchainError e, String key, JsonNode v) {
        boolean lineOfFile = c.cause().equals("import_error") || c.cause().equals("syntax");
        switch (key) {
            case "host" -> soft.assertThat(e.getHost()).as(key).isEqualTo(v.asText());
            case "port" -> soft.assertThat(e.getPort()).as(key).isEqualTo(v.asInt());
            case "errno" -> soft.assertThat(e.getErrno()).as(key).isEqualTo(v.asInt());
            case "url" -> soft.assertThat(e.getUrl()).as(key).isEqualTo(v.asText());
            case "path" -> soft.assertThat(e.getPath()).as(key).isNotNull().endsWith(v.asText());
            case "module" -> soft.assertThat(e.getModule()).as(key).isEqualTo(v.asText());
            case "also" -> soft.assertThat(e.getOtherModules()).as(key).containsExactlyElementsOf(texts(v));
            case "name" -> soft.assertThat(e.getName()).as(key).isEqualTo(v.asText());
            case "from_module" -> soft.assertThat(e.getFromModule()).as(key).isEqualTo(v.asText());
            case "file" -> soft.assertThat(e.getFile()).as(key).isNotNull().endsWith(v.asText());
            // a file the output only mentions ("loading config/settings.json") is a candidate for the rules, no fact
            case "json_file" -> soft.assertThat(e.getJsonFile() != null ? e.getJsonFile() : e.detail("mentioned_json_file"))
                    .as(key).isNotNull().endsWith(v.asText());
            case "http_status" -> soft.assertThat(e.getHttpStatus()).as(key).isEqualTo(v.asInt());
            case "mode" -> soft.assertThat(e.getMode()).as(key).isEqualTo(v.asText());
            case "exit_code" -> soft.assertThat(e.getExitCode()).as(key).isEqualTo(v.asInt());
            case "line" -> {
                if (lineOfFile) soft.assertThat(e.getLine()).as("line of the file").isEqualTo(v.asInt());
                else soft.assertThat(e.detail("json_line")).as("json_line").isEqualTo(v.asText());
            }
            case "column" -> soft.assertThat(e.detail("json_column")).as("json_column").isEqualTo(v.asText());
            default -> soft.assertThat(DECISIONS).as("detail key %s of %s is neither checked nor a decision", key, c.file())
                    .contains(key);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
