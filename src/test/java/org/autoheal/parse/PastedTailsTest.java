package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.autoheal.facts.ToolchainError;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users paste of a real output (its last lines, or the lines from one error line), parsed with the text alone
 * as {@code autoheal diagnose TEXT} parses it: no tool, no argv, no exit code.
 */
@Tag(Tags.PROCESS)
class PastedTailsTest {
    @TempDir
    Path dir;

    private static ToolchainError pasted(String text) {
        return ErrorParsers.parse(new ErrorInput(null, null, null, text));
    }

    /** The last {@code n} lines (trailing blank lines dropped), as a selection in a terminal gives them. */
    private static String last(String text, int n) {
        List<String> lines = Arrays.asList(text.stripTrailing().split("\n", -1));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())) + "\n";
    }

    @Test
    void javaCausedByLinePastedWithoutTheOuterException() {
        Throwable outer;
        try {
            Files.readString(dir.resolve("data/users.csv"));
            throw new AssertionError("the file must be missing");
        } catch (IOException e) {
            outer = new IllegalStateException("cannot load users", e);
        }
        StringWriter w = new StringWriter();
        outer.printStackTrace(new PrintWriter(w));
        String trace = w.toString();
        ToolchainError e = pasted(trace.substring(trace.indexOf("Caused by: ")));
        assertThat(e.getLanguage()).isEqualTo("java");
        assertThat(e.getType()).isEqualTo("java.nio.file.NoSuchFileException");
        assertThat(e.getPath()).endsWith("data/users.csv");
        assertThat(e.getOrigin()).isEqualTo("caused_by");
    }

    @Test
    void nodePropertyBlockPastedWithoutTheMessageLine() throws Exception {
        Files.writeString(dir.resolve("mk.js"), "require('fs').mkdirSync('cache/thumbs');\n");
        Run.Result r = Run.run(dir, "node", "mk.js");
        String tail = last(r.text(), 7);
        assertThat(tail).doesNotContain("Error:").contains("code: 'ENOENT'");
        ToolchainError e = pasted(tail);
        assertThat(e.getLanguage()).isEqualTo("node");
        assertThat(e.getCode()).isEqualTo("ENOENT");
        assertThat(e.getErrno()).isEqualTo(2);
        assertThat(e.getSyscall()).isEqualTo("mkdir");
        assertThat(e.getPath()).isEqualTo("cache/thumbs");
    }

    @Test
    void aBraceWithoutANodeCodeIsNoNodeError() {
        ToolchainError e = pasted("  user: 'alice',\n  role: 'admin'\n}\n");
        assertThat(e.getLanguage()).isNotEqualTo("node");
        assertThat(e.getCode()).isNull();
    }

    @Test
    void nodeSyntaxErrorNamingAJsonFilePastedAlone() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\n  \"port\": 8080,\n}\n");
        Files.writeString(dir.resolve("app.js"), "console.log(require('./settings.json'));\n");
        Run.Result r = Run.run(dir, "node", "app.js");
        String line = r.text().lines().filter(l -> l.startsWith("SyntaxError: ")).findFirst().orElseThrow();
        ToolchainError e = pasted(line + "\n");
        assertThat(e.getLanguage()).isEqualTo("node");
        assertThat(e.getJsonFile()).endsWith("settings.json");
    }

    @Test
    void attemptToWriteIsNoRetryButAnAttemptNumberIs() {
        assertThat(pasted("Error: stepping, attempt to write a readonly database (8)\n").isRetried()).isFalse();
        assertThat(pasted("ERROR:counter:cannot record hit: attempt to write a readonly database\n").isRetried()).isFalse();
        assertThat(pasted("Error: connect ECONNREFUSED 127.0.0.1:5432 (attempt 2 of 5)\n").isRetried()).isTrue();
    }
}
