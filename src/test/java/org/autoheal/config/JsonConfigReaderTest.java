package org.autoheal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config errors name file:line:col and the JSON path as the user wrote it, never Java class names. */
class JsonConfigReaderTest {
    @TempDir Path dir;

    String error(String json) throws Exception {
        Path file = dir.resolve("toolchains.json");
        Files.writeString(file, json);
        try {
            JsonConfigReader.read(file, "config/toolchains.json", ToolchainsFile.class);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("java.", "org.autoheal", "LinkedHashMap", "->", "`");
            return e.getMessage();
        }
        throw new AssertionError("no error for " + json);
    }

    @Test
    void whenUnknownField_thenPathReadsLikeTheJson() throws Exception {
        assertThat(error("{\"toolchains\": {\n  \"permissions\": {\n    \"command\": [\"true\"],\n    \"bogus\": 1}}}"))
                .startsWith("config/toolchains.json:4:")
                .contains("unknown field 'bogus'; known fields: command, depends_on,")
                .endsWith(" (at toolchains.permissions.bogus)");
    }

    @Test
    void whenWrongType_thenSaysWhatWasExpectedAndFound() throws Exception {
        assertThat(error("{\"toolchains\": {\"a\": {\"command\": \"true\"}}}"))
                .isEqualTo("config/toolchains.json:1:34: expected a list, found the string 'true' (at toolchains.a.command)");
        assertThat(error("{\"toolchains\": {\"a\": {\"command\": [\"true\", {}]}}}"))
                .endsWith("expected a string, found an object (at toolchains.a.command[1])");
        assertThat(error("{\"toolchains\": {\"a\": {\"command\": [\"x\"], \"watch\": \"yes\"}}}"))
                .endsWith("expected true or false, found the string 'yes' (at toolchains.a.watch)");
        assertThat(error("{\"toolchains\": []}")).endsWith("expected an object, found a list (at toolchains)");
        assertThat(error("{\"services\": {\"s\": {\"probe\": 3}}}")).endsWith("expected an object, found a number (at services.s.probe)");
    }

    @Test
    void whenKeyHasDots_thenItIsQuotedInThePath() throws Exception {
        assertThat(error("{\"toolchains\": {\"a\": {\"command\": [\"x\"], \"files\": {\"c.json\": {\"templat\": 1}}}}}"))
                .endsWith("unknown field 'templat'; known fields: template (at toolchains.a.files[\"c.json\"].templat)");
    }

    @Test
    void whenSyntaxOrEmpty_thenLocationAndPlainMessage() throws Exception {
        assertThat(error("{\"toolchains\": {\"a\": {\"command\": [\"x\"],}}}")).startsWith("config/toolchains.json:1:40: Unexpected character");
        assertThat(error("")).isEqualTo("config/toolchains.json:1:0: expected an object, found nothing");
    }

    @Test
    void patternsFileErrorsReadTheSame() throws Exception {
        Path file = dir.resolve("autoheal_patterns.json");
        Files.writeString(file, "{\"Disk\": {\"pattern\": \"x\", \"solution\": \"create_missing\", \"bogus\": true}}");
        try {
            PatternsFile.load(file, Set.of("create_missing"), java.time.Duration.ofMillis(100));
            throw new AssertionError("no error");
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith("config/autoheal_patterns.json:1:")
                    .contains("unknown field 'bogus'").endsWith("(at Disk.bogus)").doesNotContain("org.autoheal");
        }
    }
}
